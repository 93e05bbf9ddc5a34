// Clone graph: deep-copy a connected undirected graph given one of its nodes.
package main

import "fmt"

// Node is a graph vertex. Neighbors lists the adjacent nodes; an undirected
// edge appears in the Neighbors of both of its ends.
type Node struct {
	Val       int
	Neighbors []*Node
}

// cloneGraph returns a deep copy of the graph reachable from node: every
// node is new, and the copies are wired to each other exactly as the
// originals are. A map from original to copy does two jobs: it finds the
// copy to link to, and it marks a node as visited so cycles terminate.
func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	copies := map[*Node]*Node{node: {Val: node.Val}}
	queue := []*Node{node}
	for i := 0; i < len(queue); i++ {
		orig := queue[i]
		for _, nb := range orig.Neighbors {
			c, seen := copies[nb]
			if !seen {
				// Create the copy when the node is first discovered, before it
				// is processed, so a later edge back to it finds this copy.
				c = &Node{Val: nb.Val}
				copies[nb] = c
				queue = append(queue, nb)
			}
			copies[orig].Neighbors = append(copies[orig].Neighbors, c)
		}
	}
	return copies[node]
}

// build creates nodes 1..len(adj); adj[i] lists the neighbor values of node i+1.
func build(adj [][]int) *Node {
	if len(adj) == 0 {
		return nil
	}
	nodes := make([]*Node, len(adj))
	for i := range nodes {
		nodes[i] = &Node{Val: i + 1}
	}
	for i, list := range adj {
		for _, v := range list {
			nodes[i].Neighbors = append(nodes[i].Neighbors, nodes[v-1])
		}
	}
	return nodes[0]
}

// collect returns every node reachable from start, indexed by Val-1.
func collect(start *Node) []*Node {
	var byVal []*Node
	if start == nil {
		return byVal
	}
	seen := map[*Node]bool{start: true}
	queue := []*Node{start}
	for i := 0; i < len(queue); i++ {
		for _, nb := range queue[i].Neighbors {
			if !seen[nb] {
				seen[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	byVal = make([]*Node, len(queue))
	for _, n := range queue {
		byVal[n.Val-1] = n
	}
	return byVal
}

// adjacency lists the neighbor values of each node, in the same form as build's input.
func adjacency(nodes []*Node) [][]int {
	adj := make([][]int, len(nodes))
	for i, n := range nodes {
		adj[i] = []int{}
		for _, nb := range n.Neighbors {
			adj[i] = append(adj[i], nb.Val)
		}
	}
	return adj
}

func main() {
	examples := [][][]int{
		{{2, 4}, {1, 3}, {2, 4}, {1, 3}}, // a square: 1-2-3-4-1
		{{2, 3}, {1, 3}, {1, 2}},         // a triangle
		{{}},                             // a single node
		{},                               // no graph at all
	}
	for _, adj := range examples {
		start := build(adj)
		clone := cloneGraph(start)
		// Count copies that are really original nodes: a deep copy has none.
		original := map[*Node]bool{}
		for _, n := range collect(start) {
			original[n] = true
		}
		shared := 0
		copied := collect(clone)
		for _, n := range copied {
			if original[n] {
				shared++
			}
		}
		fmt.Printf("cloneGraph(%v) = %v, nodes shared with the input: %d\n", adj, adjacency(copied), shared)
	}
}
