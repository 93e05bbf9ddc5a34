package main

// Node is a graph vertex; Neighbors lists the adjacent nodes.
type Node struct {
	Val       int
	Neighbors []*Node
}

// cloneGraph returns a deep copy of the graph reachable from node (nil for nil).
func cloneGraph(node *Node) *Node {
	return nil
}
