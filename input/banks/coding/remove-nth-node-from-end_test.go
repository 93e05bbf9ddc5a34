package main

import (
	"fmt"
	"testing"
)

func TestRemoveNthFromEnd(t *testing.T) {
	testCases := []struct {
		name string
		list []int
		n    int
		want []int
	}{
		{name: "middle node", list: []int{10, 20, 30, 40, 50}, n: 2, want: []int{10, 20, 30, 50}},
		{name: "remove the head", list: []int{10, 20, 30}, n: 3, want: []int{20, 30}},
		{name: "remove the tail", list: []int{10, 20}, n: 1, want: []int{10}},
		{name: "only node", list: []int{7}, n: 1, want: []int{}},
		{name: "head of two", list: []int{1, 2}, n: 2, want: []int{2}},
		{name: "duplicates and negatives", list: []int{-1, 5, 5, -1, 5}, n: 3, want: []int{-1, 5, -1, 5}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := testValues(removeNthFromEnd(testBuildList(tc.list), tc.n))
			if !testEqualInts(got, tc.want) {
				input := fmt.Sprintf("head = %v, n = %d", tc.list, tc.n)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

func testBuildList(vals []int) *ListNode {
	var head *ListNode
	for i := len(vals) - 1; i >= 0; i-- {
		head = &ListNode{Val: vals[i], Next: head}
	}
	return head
}

// testValues reads a list into a slice; it stops after 1000 nodes in case a
// broken solution created a cycle.
func testValues(head *ListNode) []int {
	out := []int{}
	for i := 0; head != nil && i < 1000; i++ {
		out = append(out, head.Val)
		head = head.Next
	}
	return out
}

func testEqualInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
