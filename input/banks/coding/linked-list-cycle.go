// Detect a cycle in a singly linked list with Floyd's two-pointer technique.
package main

import "fmt"

// listNode is one cell of a singly linked list.
type listNode struct {
	val  int
	next *listNode
}

// hasCycle reports whether following next pointers from head ever revisits a
// node. The fast pointer moves two steps for each step of the slow pointer;
// inside a loop the gap between them shrinks by one per step, so they must
// meet. Without a loop, fast simply falls off the end. O(n) time, O(1) space.
func hasCycle(head *listNode) bool {
	for slow, fast := head, head; fast != nil && fast.next != nil; {
		slow, fast = slow.next, fast.next.next
		if slow == fast { // compare node identity, not values
			return true
		}
	}
	return false
}

// cycleStart returns the first node of the loop, or nil if there is none.
// After slow and fast meet, the distance from head to the loop entry equals
// the distance from the meeting point to the entry (modulo the loop length),
// so two pointers moving one step at a time from those spots meet at the entry.
func cycleStart(head *listNode) *listNode {
	slow, fast := head, head
	for fast != nil && fast.next != nil {
		slow = slow.next
		fast = fast.next.next
		if slow == fast {
			finder := head
			for finder != slow {
				finder = finder.next
				slow = slow.next
			}
			return finder
		}
	}
	return nil
}

// build makes a list from vals and, when loopTo >= 0, links the tail back to
// the node at index loopTo (test helper).
func build(vals []int, loopTo int) *listNode {
	nodes := make([]*listNode, len(vals))
	for i, v := range vals {
		nodes[i] = &listNode{val: v}
		if i > 0 {
			nodes[i-1].next = nodes[i]
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	if loopTo >= 0 {
		nodes[len(nodes)-1].next = nodes[loopTo]
	}
	return nodes[0]
}

func main() {
	cases := []struct {
		vals   []int
		loopTo int // index the tail points back to; -1 means no loop
	}{
		{[]int{3, 2, 0, -4}, 1},
		{[]int{1, 2}, 0},
		{[]int{5, 6, 7}, -1},
		{[]int{9}, 0}, // a single node pointing at itself
		{[]int{}, -1},
	}
	for _, c := range cases {
		head := build(c.vals, c.loopTo)
		shape := "no loop"
		if c.loopTo >= 0 {
			shape = fmt.Sprintf("tail->%d", c.loopTo)
		}
		line := fmt.Sprintf("hasCycle(%v, %s) = %t", c.vals, shape, hasCycle(head))
		if start := cycleStart(head); start != nil {
			line += fmt.Sprintf(", loop starts at value %d", start.val)
		}
		fmt.Println(line)
	}
}
