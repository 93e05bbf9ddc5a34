// Binary tree level order traversal, one fresh slice per level.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// levelOrder returns the node values grouped by depth, left to right.
//
// Instead of one long-lived queue popped with queue = queue[1:] (which keeps
// the popped pointers alive in the hidden front of the backing array until
// append happens to reallocate), it keeps only the current level. The
// children are collected into a new slice; when we move on, the old level's
// array has no references left and the garbage collector can reclaim it whole.
// O(n) time; O(w) extra memory, where w is the widest level.
func levelOrder(root *treeNode) [][]int {
	var result [][]int
	if root == nil {
		return result
	}
	level := []*treeNode{root}
	for len(level) > 0 {
		vals := make([]int, len(level)) // the exact size is known up front
		var next []*treeNode
		for i, n := range level {
			vals[i] = n.val
			if n.left != nil {
				next = append(next, n.left)
			}
			if n.right != nil {
				next = append(next, n.right)
			}
		}
		result = append(result, vals)
		level = next // drop the only reference to the finished level
	}
	return result
}

// parseTree builds a tree from LeetCode-style level order text such as
// "[3,9,20,null,null,15,7]" (test helper; panics on malformed input).
func parseTree(s string) *treeNode {
	s = strings.Trim(s, "[]")
	if s == "" {
		return nil
	}
	tokens := strings.Split(s, ",")
	newNode := func(tok string) *treeNode {
		if tok == "null" {
			return nil
		}
		v, err := strconv.Atoi(tok)
		if err != nil {
			panic(err)
		}
		return &treeNode{val: v}
	}
	root := newNode(tokens[0])
	if root == nil {
		return nil
	}
	// parents holds nodes in the order their children appear in the text.
	parents := []*treeNode{root}
	next := 1 // index of the next unread token
	take := func() *treeNode {
		if next >= len(tokens) {
			return nil
		}
		n := newNode(tokens[next])
		next++
		if n != nil {
			parents = append(parents, n)
		}
		return n
	}
	for p := 0; p < len(parents) && next < len(tokens); p++ {
		parent := parents[p]
		parent.left = take()
		parent.right = take()
	}
	return root
}

func main() {
	inputs := []string{
		"[3,9,20,null,null,15,7]",
		"[1,2,3,4,null,null,5]",
		"[1]",
		"[]",
	}
	for _, in := range inputs {
		fmt.Printf("levelOrder(%s) = %v\n", in, levelOrder(parseTree(in)))
	}
}
