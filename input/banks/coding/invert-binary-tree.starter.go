package main

// TreeNode is one node of a binary tree.
type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// invertTree mirrors the tree (swaps left and right everywhere) and returns its root.
func invertTree(root *TreeNode) *TreeNode {
	return nil
}
