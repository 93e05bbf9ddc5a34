package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

// testNull marks a missing child in a level-order slice.
const testNull = math.MinInt

func TestInvertTree(t *testing.T) {
	testCases := []struct {
		name string
		tree []int
		want string // level order, trailing nulls dropped
	}{
		{
			name: "full tree",
			tree: []int{8, 3, 10, 1, 6, 9, 14},
			want: "[8,10,3,14,9,6,1]",
		},
		{
			name: "empty tree",
			tree: []int{},
			want: "[]",
		},
		{
			name: "single node",
			tree: []int{5},
			want: "[5]",
		},
		{
			name: "left chain becomes right chain",
			tree: []int{1, 2, testNull, 3},
			want: "[1,null,2,null,3]",
		},
		{
			name: "uneven tree with negatives",
			tree: []int{0, -3, 8, testNull, -1, 6},
			want: "[0,8,-3,null,6,-1]",
		},
		{
			name: "two nodes",
			tree: []int{2, testNull, 3},
			want: "[2,3]",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := testFormatTree(invertTree(testBuildTree(tc.tree)))
			if got != tc.want {
				input := "root = " + testFormatLevels(tc.tree)
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

// testFormatTree writes a tree in level order with null for missing children,
// dropping trailing nulls. It stops after 1000 nodes in case of a cycle.
func testFormatTree(root *TreeNode) string {
	var out []string
	queue := []*TreeNode{root}
	for i := 0; i < len(queue) && i < 1000; i++ {
		n := queue[i]
		if n == nil {
			out = append(out, "null")
			continue
		}
		out = append(out, strconv.Itoa(n.Val))
		queue = append(queue, n.Left, n.Right)
	}
	for len(out) > 0 && out[len(out)-1] == "null" {
		out = out[:len(out)-1]
	}
	return "[" + strings.Join(out, ",") + "]"
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
