// Mirror a binary tree by swapping the children of every node.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

// TreeNode is one node of a binary tree.
type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// invertTree mirrors the tree in place and returns its root. Swapping the two
// children of every node, in any visiting order, mirrors the whole tree:
// each node ends up with its subtrees exchanged, and each subtree is itself
// mirrored by the recursive calls.
func invertTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	root.Left, root.Right = invertTree(root.Right), invertTree(root.Left)
	return root
}

// invertTreeIterative does the same with an explicit stack, so a very deep
// (skewed) tree does not need one call frame per level.
func invertTreeIterative(root *TreeNode) *TreeNode {
	stack := []*TreeNode{}
	if root != nil {
		stack = append(stack, root)
	}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n.Left, n.Right = n.Right, n.Left
		if n.Left != nil {
			stack = append(stack, n.Left)
		}
		if n.Right != nil {
			stack = append(stack, n.Right)
		}
	}
	return root
}

// parseTree builds a tree from level-order text such as "[4,2,7,null,3]".
func parseTree(s string) *TreeNode {
	s = strings.Trim(s, "[]")
	if s == "" {
		return nil
	}
	var nodes []*TreeNode
	for _, tok := range strings.Split(s, ",") {
		if tok == "null" {
			nodes = append(nodes, nil)
			continue
		}
		v, err := strconv.Atoi(tok)
		if err != nil {
			panic(err)
		}
		nodes = append(nodes, &TreeNode{Val: v})
	}
	// Children are handed out in order to the non-nil nodes, two each.
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

// formatTree writes a tree in the same level-order form, without trailing nulls.
func formatTree(root *TreeNode) string {
	var out []string
	queue := []*TreeNode{root}
	for i := 0; i < len(queue); i++ {
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

func main() {
	for _, in := range []string{"[8,3,10,1,6,9,14]", "[1,2,null,3]", "[5]", "[]"} {
		a := formatTree(invertTree(parseTree(in)))
		b := formatTree(invertTreeIterative(parseTree(in)))
		fmt.Printf("invertTree(%s) = %s (iterative: %s)\n", in, a, b)
	}
}
