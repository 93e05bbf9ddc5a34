package main

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// testReverseCases is shared by the iterative and the recursive version.
var testReverseCases = []struct {
	name string
	vals []int
	want []int
}{
	{"five nodes", []int{1, 2, 3, 4, 5}, []int{5, 4, 3, 2, 1}},
	{"two nodes", []int{10, 20}, []int{20, 10}},
	{"single node", []int{7}, []int{7}},
	{"empty list", []int{}, []int{}},
	{"negatives and duplicates", []int{-5000, 3, 3, 5000}, []int{5000, 3, 3, -5000}},
}

func TestReverseIterative(t *testing.T) {
	testRunReverse(t, reverseIterative)
}

func TestReverseRecursive(t *testing.T) {
	testRunReverse(t, reverseRecursive)
}

// testRunReverse checks the values of the reversed list and that it is made
// of the original nodes (reversed in place, not copied).
func testRunReverse(t *testing.T, reverse func(*listNode) *listNode) {
	for _, tc := range testReverseCases {
		t.Run(tc.name, func(t *testing.T) {
			input := testArrows(tc.vals)
			head, nodes := testBuildList(tc.vals)
			got := reverse(head)
			gotVals, gotNodes := testWalk(got, len(tc.vals)+1)
			if !reflect.DeepEqual(gotVals, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, testArrows(gotVals), testArrows(tc.want))
				return
			}
			for i, n := range gotNodes {
				if n != nodes[len(nodes)-1-i] {
					t.Errorf("input: %s\ngot: %v\nwant: %v", input, testArrows(gotVals)+" built from new nodes", testArrows(tc.want)+" made of the original nodes")
					return
				}
			}
		})
	}
}

// testBuildList builds a list from vals and also returns its nodes in order.
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

// testWalk collects up to limit nodes, so a list that wrongly loops still ends.
func testWalk(head *listNode, limit int) ([]int, []*listNode) {
	vals := []int{}
	var nodes []*listNode
	for n := head; n != nil && len(nodes) < limit; n = n.next {
		vals = append(vals, n.val)
		nodes = append(nodes, n)
	}
	return vals, nodes
}

// testArrows writes a list the way the prompt does: 1 -> 2 -> 3.
func testArrows(vals []int) string {
	if len(vals) == 0 {
		return "empty list"
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, " -> ")
}
