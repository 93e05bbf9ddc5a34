package main

// listNode is one cell of a singly linked list.
type listNode struct {
	val  int
	next *listNode
}

// hasCycle reports whether following next pointers from head ever revisits a node.
func hasCycle(head *listNode) bool {
	return false
}
