// Validate a binary search tree with range bounds and with an in-order walk.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// isValidBST reports whether every node's value is strictly greater than all
// values in its left subtree and strictly less than all in its right subtree.
func isValidBST(root *treeNode) bool {
	return inRange(root, nil, nil)
}

// inRange checks that every value under n lies strictly between *lo and *hi.
// A nil bound means "no limit on that side". Using pointers instead of
// sentinels such as math.MinInt means a node may hold any int value, and no
// arithmetic is done on the bounds, so nothing can overflow.
func inRange(n *treeNode, lo, hi *int) bool {
	if n == nil {
		return true
	}
	if lo != nil && n.val <= *lo {
		return false
	}
	if hi != nil && n.val >= *hi {
		return false
	}
	// Going left tightens the upper bound; going right tightens the lower one.
	return inRange(n.left, lo, &n.val) && inRange(n.right, &n.val, hi)
}

// isValidBSTInorder uses the fact that an in-order walk of a BST visits values
// in strictly increasing order. It walks with an explicit stack and tracks
// whether a previous value exists, again avoiding a sentinel.
func isValidBSTInorder(root *treeNode) bool {
	var stack []*treeNode
	prev, seen := 0, false
	for n := root; n != nil || len(stack) > 0; {
		for n != nil { // dive left as far as possible
			stack = append(stack, n)
			n = n.left
		}
		n = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen && n.val <= prev {
			return false
		}
		prev, seen = n.val, true
		n = n.right
	}
	return true
}

// parseTree builds a tree from LeetCode-style level order text such as
// "[5,1,4,null,null,3,6]" (test helper; panics on malformed input).
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
		"[2,1,3]",
		"[5,1,4,null,null,3,6]", // 4 is in 5's right subtree but smaller than 5
		"[5,4,6,null,null,3,7]", // each parent-child pair looks fine; 3 < 5 does not
		"[2,2,2]",               // duplicates break the strict ordering
		"[]",
	}
	for _, in := range inputs {
		root := parseTree(in)
		fmt.Printf("isValidBST(%s) = %t (in-order: %t)\n", in, isValidBST(root), isValidBSTInorder(root))
	}

	// Extreme values: a sentinel-based check would wrongly reject this tree.
	edge := &treeNode{val: math.MinInt, right: &treeNode{val: math.MaxInt}}
	fmt.Printf("isValidBST([MinInt,null,MaxInt]) = %t (in-order: %t)\n", isValidBST(edge), isValidBSTInorder(edge))
}
