package main

// TreeNode is one node of a binary tree.
type TreeNode struct {
	Val         int
	Left, Right *TreeNode
}

// lowestCommonAncestor returns the deepest node of the BST that has both p and q in its subtree.
func lowestCommonAncestor(root, p, q *TreeNode) *TreeNode {
	return nil
}
