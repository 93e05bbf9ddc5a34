package main

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// isValidBST reports whether the tree is a binary search tree with strictly ordered values.
func isValidBST(root *treeNode) bool {
	return false
}
