// Remove the n-th node from the end of a singly linked list in one pass,
// with two pointers kept n nodes apart.
package main

import "fmt"

// ListNode is one node of a singly linked list.
type ListNode struct {
	Val  int
	Next *ListNode
}

// removeNthFromEnd unlinks the n-th node from the end (n = 1 is the tail) and
// returns the head of the changed list. 1 <= n <= length is guaranteed.
func removeNthFromEnd(head *ListNode, n int) *ListNode {
	// The sentinel sits before head, so removing the head is not a special
	// case: every real node has a predecessor.
	sentinel := &ListNode{Next: head}
	fast, slow := sentinel, sentinel
	for i := 0; i < n; i++ {
		fast = fast.Next
	}
	// Keep the gap at n. When fast stands on the last node, slow stands just
	// before the node to remove.
	for fast.Next != nil {
		fast = fast.Next
		slow = slow.Next
	}
	slow.Next = slow.Next.Next
	return sentinel.Next
}

// build turns a slice into a list.
func build(vals []int) *ListNode {
	var head *ListNode
	for i := len(vals) - 1; i >= 0; i-- {
		head = &ListNode{Val: vals[i], Next: head}
	}
	return head
}

// values turns a list back into a slice.
func values(head *ListNode) []int {
	out := []int{}
	for ; head != nil; head = head.Next {
		out = append(out, head.Val)
	}
	return out
}

func main() {
	examples := []struct {
		vals []int
		n    int
	}{
		{[]int{10, 20, 30, 40, 50}, 2},
		{[]int{10, 20, 30}, 3},
		{[]int{10, 20}, 1},
		{[]int{7}, 1},
	}
	for _, ex := range examples {
		got := values(removeNthFromEnd(build(ex.vals), ex.n))
		fmt.Printf("removeNthFromEnd(%v, %d) = %v\n", ex.vals, ex.n, got)
	}
}
