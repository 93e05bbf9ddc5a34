package main

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// levelOrder returns the values of the tree grouped by level, top to bottom and left to right.
func levelOrder(root *treeNode) [][]int {
	return nil
}
