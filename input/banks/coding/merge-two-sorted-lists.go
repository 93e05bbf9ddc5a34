// Merge two sorted linked lists into one sorted list by splicing nodes.
package main

import "fmt"

// listNode is one cell of a singly linked list.
type listNode struct {
	val  int
	next *listNode
}

// mergeSorted splices the nodes of a and b into a single ascending list and
// returns its head. No new nodes are allocated apart from a stack sentinel,
// so it runs in O(len(a)+len(b)) time and O(1) extra space.
func mergeSorted(a, b *listNode) *listNode {
	var sentinel listNode // sentinel.next will be the merged head
	tail := &sentinel
	for a != nil && b != nil {
		// Taking from a on ties keeps the merge stable.
		if a.val <= b.val {
			tail.next, a = a, a.next
		} else {
			tail.next, b = b, b.next
		}
		tail = tail.next
	}
	// At most one list still has nodes; they are already sorted, so attach
	// the whole remainder in one step.
	if a != nil {
		tail.next = a
	} else {
		tail.next = b
	}
	return sentinel.next
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
	pairs := [][2][]int{
		{{1, 2, 4}, {1, 3, 4}},
		{{-3, 0, 8}, {2}},
		{{}, {0}},
		{{}, {}},
	}
	for _, p := range pairs {
		merged := mergeSorted(build(p[0]), build(p[1]))
		fmt.Printf("merge(%v, %v) = %v\n", p[0], p[1], values(merged))
	}
}
