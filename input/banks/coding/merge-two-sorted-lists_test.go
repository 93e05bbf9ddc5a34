package main

import (
	"fmt"
	"reflect"
	"testing"
)

func TestMergeSorted(t *testing.T) {
	testCases := []struct {
		name string
		a, b []int
		want []int
	}{
		{"interleaved with ties", []int{1, 2, 4}, []int{1, 3, 4}, []int{1, 1, 2, 3, 4, 4}},
		{"negatives", []int{-3, 0, 8}, []int{2}, []int{-3, 0, 2, 8}},
		{"first empty", []int{}, []int{0}, []int{0}},
		{"second empty", []int{5, 6}, []int{}, []int{5, 6}},
		{"both empty", []int{}, []int{}, []int{}},
		{"one after the other", []int{1, 2, 3}, []int{4, 5, 6}, []int{1, 2, 3, 4, 5, 6}},
		{"all equal", []int{7, 7}, []int{7, 7, 7}, []int{7, 7, 7, 7, 7}},
		{"limits", []int{-100, 100}, []int{-100, 0}, []int{-100, -100, 0, 100}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("%v and %v", tc.a, tc.b)
			headA, nodesA := testBuildList(tc.a)
			headB, nodesB := testBuildList(tc.b)
			original := make(map[*listNode]bool)
			for _, n := range append(nodesA, nodesB...) {
				original[n] = true
			}

			got := mergeSorted(headA, headB)
			// Walk at most one node more than expected, so a looping result still ends.
			gotVals := []int{}
			spliced := true
			for n := got; n != nil && len(gotVals) <= len(tc.want); n = n.next {
				gotVals = append(gotVals, n.val)
				if !original[n] {
					spliced = false
				}
			}
			if !reflect.DeepEqual(gotVals, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, gotVals, tc.want)
				return
			}
			if !spliced {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, fmt.Sprintf("%v with newly allocated nodes", gotVals), fmt.Sprintf("%v built from the input nodes", tc.want))
			}
		})
	}
}

// testBuildList builds a list from vals and also returns its nodes.
func testBuildList(vals []int) (*listNode, []*listNode) {
	nodes := make([]*listNode, len(vals))
	for i := len(vals) - 1; i >= 0; i-- {
		nodes[i] = &listNode{val: vals[i]}
		if i+1 < len(vals) {
			nodes[i].next = nodes[i+1]
		}
	}
	if len(nodes) == 0 {
		return nil, nodes
	}
	return nodes[0], nodes
}
