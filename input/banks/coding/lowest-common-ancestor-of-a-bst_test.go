package main

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// testNull marks a missing child in a level-order slice.
const testNull = math.MinInt

func TestLowestCommonAncestor(t *testing.T) {
	testExample := []int{20, 10, 30, 5, 15, 25, 35, testNull, testNull, 12, 18}
	testCases := []struct {
		name string
		tree []int
		p, q int
		want int // value of the expected node
	}{
		{name: "split deep in the tree", tree: testExample, p: 12, q: 18, want: 15},
		{name: "split below the root", tree: testExample, p: 5, q: 18, want: 10},
		{name: "split at the root", tree: testExample, p: 12, q: 35, want: 20},
		{name: "p is an ancestor of q", tree: testExample, p: 10, q: 12, want: 10},
		{name: "q given before p in order", tree: testExample, p: 35, q: 25, want: 30},
		{name: "two nodes", tree: []int{2, 1}, p: 2, q: 1, want: 2},
		{name: "right chain with negatives", tree: []int{-10, testNull, -5, testNull, 0, testNull, 7}, p: 0, q: 7, want: 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			root := testBuildTree(tc.tree)
			p, q := testFind(root, tc.p), testFind(root, tc.q)
			wantNode := testFind(root, tc.want)
			gotNode := lowestCommonAncestor(root, p, q)
			// Compare node identity, not just the value: the answer must be a
			// node of this tree.
			if gotNode != wantNode {
				got := "nil"
				if gotNode != nil {
					got = fmt.Sprint(gotNode.Val)
				}
				input := fmt.Sprintf("root = %s, p = %d, q = %d", testFormatLevels(tc.tree), tc.p, tc.q)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// testBuildTree builds a tree from level-order values; testNull is a missing
// child. Children are handed out, two each, to the non-nil nodes in order.
func testBuildTree(vals []int) *TreeNode {
	if len(vals) == 0 || vals[0] == testNull {
		return nil
	}
	nodes := make([]*TreeNode, len(vals))
	for i, v := range vals {
		if v != testNull {
			nodes[i] = &TreeNode{Val: v}
		}
	}
	next := 1
	for _, n := range nodes {
		if n == nil {
			continue
		}
		if next < len(nodes) {
			n.Left = nodes[next]
			next++
		}
		if next < len(nodes) {
			n.Right = nodes[next]
			next++
		}
	}
	return nodes[0]
}

// testFind returns the node holding v by a full search (it does not trust
// the BST order, so a broken tree cannot hide a wrong answer).
func testFind(n *TreeNode, v int) *TreeNode {
	if n == nil || n.Val == v {
		return n
	}
	if l := testFind(n.Left, v); l != nil {
		return l
	}
	return testFind(n.Right, v)
}

// testFormatLevels writes a level-order slice as [4,2,null,1].
func testFormatLevels(vals []int) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		if v == testNull {
			parts[i] = "null"
		} else {
			parts[i] = fmt.Sprint(v)
		}
	}
	return "[" + strings.Join(parts, ",") + "]"
}
