// Reverse a singly linked list, iteratively and recursively.
package main

import "fmt"

// listNode is one cell of a singly linked list.
type listNode struct {
	val  int
	next *listNode
}

// reverseIterative flips every next pointer in one pass and returns the new
// head. It walks the list once and uses O(1) extra memory.
func reverseIterative(head *listNode) *listNode {
	var done *listNode // head of the part that is already reversed
	for head != nil {
		rest := head.next // remember the unreversed tail before we cut it off
		head.next = done
		done = head
		head = rest
	}
	return done
}

// reverseRecursive reverses the list behind head.next first, then hangs head
// at the end of it. It is elegant but uses O(n) stack, one frame per node.
func reverseRecursive(head *listNode) *listNode {
	if head == nil || head.next == nil {
		return head
	}
	newHead := reverseRecursive(head.next)
	// head.next is now the last node of the reversed tail.
	head.next.next = head
	head.next = nil
	return newHead
}

// build turns a slice into a linked list (test helper).
func build(vals []int) *listNode {
	var head *listNode
	for i := len(vals) - 1; i >= 0; i-- {
		head = &listNode{val: vals[i], next: head}
	}
	return head
}

// values collects the list back into a slice so it prints nicely.
func values(head *listNode) []int {
	out := []int{}
	for n := head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func main() {
	inputs := [][]int{
		{1, 2, 3, 4, 5},
		{10, 20},
		{7},
		{},
	}
	for _, in := range inputs {
		// Each function rewires its list in place, so give each its own copy.
		iter := values(reverseIterative(build(in)))
		rec := values(reverseRecursive(build(in)))
		fmt.Printf("reverse(%v) = %v (recursive: %v)\n", in, iter, rec)
	}
}
