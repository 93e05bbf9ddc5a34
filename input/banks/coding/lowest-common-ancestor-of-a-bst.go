// Lowest common ancestor in a binary search tree: walk down from the root
// until p and q are no longer on the same side.
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

// lowestCommonAncestor returns the deepest node that has both p and q in its
// subtree (a node counts as its own descendant). Values are distinct and both
// nodes are in the tree. The BST order tells us, at every node, which side p
// and q are on; the first node where they are not both on the same side (or
// which is one of them) is the answer. No recursion, no extra memory.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	for n := root; n != nil; {
		switch {
		case p.Val < n.Val && q.Val < n.Val:
			n = n.Left // both are in the left subtree
		case p.Val > n.Val && q.Val > n.Val:
			n = n.Right // both are in the right subtree
		default:
			return n // they split here, or n is p or q
		}
	}
	return nil // only reached if p or q is not in the tree
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

// find returns the node holding v, using the BST order.
func find(root *TreeNode, v int) *TreeNode {
	for root != nil && root.Val != v {
		if v < root.Val {
			root = root.Left
		} else {
			root = root.Right
		}
	}
	return root
}

func main() {
	const tree = "[20,10,30,5,15,25,35,null,null,12,18]"
	root := parseTree(tree)
	for _, pq := range [][2]int{{12, 18}, {5, 18}, {12, 35}, {10, 12}, {35, 25}} {
		lca := lowestCommonAncestor(root, find(root, pq[0]), find(root, pq[1]))
		fmt.Printf("lca(%s, p = %d, q = %d) = %d\n", tree, pq[0], pq[1], lca.Val)
	}
}
