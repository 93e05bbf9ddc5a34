package main

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// maxDepth returns the number of nodes on the longest path from the root down to a leaf.
func maxDepth(root *treeNode) int {
	return 0
}
