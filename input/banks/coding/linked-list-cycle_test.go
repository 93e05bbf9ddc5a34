package main

import (
	"fmt"
	"testing"
)

func TestHasCycle(t *testing.T) {
	testCases := []struct {
		name   string
		vals   []int
		loopTo int // index the tail links back to; -1 means no loop
		want   bool
	}{
		{"tail to second node", []int{3, 2, 0, -4}, 1, true},
		{"tail to head", []int{1, 2}, 0, true},
		{"no loop", []int{5, 6, 7}, -1, false},
		{"single node pointing at itself", []int{9}, 0, true},
		{"single node without loop", []int{9}, -1, false},
		{"empty list", []int{}, -1, false},
		{"tail to itself", []int{1, 2, 3, 4, 5}, 4, true},
		{"repeated values, no loop", []int{1, 1, 1, 1}, -1, false},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			shape := "no loop"
			if tc.loopTo >= 0 {
				shape = fmt.Sprintf("tail -> index %d", tc.loopTo)
			}
			input := fmt.Sprintf("%v, %s", tc.vals, shape)
			got := hasCycle(testBuildCycle(tc.vals, tc.loopTo))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// testBuildCycle links vals into a list and, when loopTo >= 0, points the
// tail's next back at the node with index loopTo.
func testBuildCycle(vals []int, loopTo int) *listNode {
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]*listNode, len(vals))
	for i, v := range vals {
		nodes[i] = &listNode{val: v}
		if i > 0 {
			nodes[i-1].next = nodes[i]
		}
	}
	if loopTo >= 0 {
		nodes[len(nodes)-1].next = nodes[loopTo]
	}
	return nodes[0]
}
