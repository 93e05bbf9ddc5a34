package main

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// serialize encodes the tree as a string that deserialize can turn back into the same tree.
func serialize(root *treeNode) string {
	return ""
}

// deserialize rebuilds the tree encoded by serialize, or returns an error for malformed input.
func deserialize(data string) (*treeNode, error) {
	return nil, nil
}
