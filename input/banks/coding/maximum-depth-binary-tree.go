// Maximum depth of a binary tree: recursive DFS and iterative BFS.
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

// maxDepth returns the number of nodes on the longest root-to-leaf path.
// An empty tree has depth 0; any other tree is one deeper than its deeper
// subtree. O(n) time, O(h) stack where h is the height.
func maxDepth(root *treeNode) int {
	if root == nil {
		return 0
	}
	l, r := maxDepth(root.left), maxDepth(root.right)
	if l > r { // on Go 1.21+: return 1 + max(l, r), with the built-in max
		return l + 1
	}
	return r + 1
}

// maxDepthBFS counts levels with a breadth-first walk. It avoids deep
// recursion on a skewed tree; memory is O(w), the widest level.
func maxDepthBFS(root *treeNode) int {
	if root == nil {
		return 0
	}
	depth := 0
	level := []*treeNode{root}
	for len(level) > 0 {
		depth++
		var next []*treeNode
		for _, n := range level {
			if n.left != nil {
				next = append(next, n.left)
			}
			if n.right != nil {
				next = append(next, n.right)
			}
		}
		level = next
	}
	return depth
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
		"[1,null,2]",
		"[1,2,null,3,null,4]", // a left-leaning chain
		"[]",
	}
	for _, in := range inputs {
		root := parseTree(in)
		fmt.Printf("maxDepth(%s) = %d (BFS: %d)\n", in, maxDepth(root), maxDepthBFS(root))
	}
}
