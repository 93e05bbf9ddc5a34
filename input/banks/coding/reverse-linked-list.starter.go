package main

// listNode is one cell of a singly linked list.
type listNode struct {
	val  int
	next *listNode
}

// reverseIterative reverses the list in place with a loop and returns the new head.
func reverseIterative(head *listNode) *listNode {
	return nil
}

// reverseRecursive reverses the list in place with recursion and returns the new head.
func reverseRecursive(head *listNode) *listNode {
	return nil
}
