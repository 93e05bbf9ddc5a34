package main

// ListNode is one node of a singly linked list.
type ListNode struct {
	Val  int
	Next *ListNode
}

// removeNthFromEnd removes the n-th node from the end of the list and returns its head.
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	return nil
}
