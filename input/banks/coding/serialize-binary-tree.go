// Serialize a binary tree to a string and rebuild it, using preorder with
// explicit markers for missing children.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// treeNode is one node of a binary tree.
type treeNode struct {
	val         int
	left, right *treeNode
}

// nilMark stands for a missing child in the encoded form.
const nilMark = "#"

// serialize writes the tree in preorder (node, left, right), comma separated,
// with nilMark for every empty child. Recording the empty children is what
// makes the encoding unambiguous: a preorder list alone cannot tell a left
// child from a right child. O(n) time and output size.
func serialize(root *treeNode) string {
	var b strings.Builder
	var write func(n *treeNode)
	write = func(n *treeNode) {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		if n == nil {
			b.WriteString(nilMark)
			return
		}
		b.WriteString(strconv.Itoa(n.val))
		write(n.left)
		write(n.right)
	}
	write(root)
	return b.String()
}

// deserialize rebuilds a tree from serialize's output. It reads tokens in the
// same preorder: a value creates a node whose left and then right subtrees
// follow; nilMark ends a branch. Malformed input yields an error instead of a
// panic. O(n) time, O(h) recursion depth.
func deserialize(data string) (*treeNode, error) {
	tokens := strings.Split(data, ",")
	pos := 0
	var read func() (*treeNode, error)
	read = func() (*treeNode, error) {
		if pos == len(tokens) {
			return nil, errors.New("input ended in the middle of the tree")
		}
		tok := tokens[pos]
		pos++
		if tok == nilMark {
			return nil, nil
		}
		v, err := strconv.Atoi(tok)
		if err != nil {
			return nil, fmt.Errorf("token %d: %q is not a number", pos-1, tok)
		}
		n := &treeNode{val: v}
		if n.left, err = read(); err != nil {
			return nil, err
		}
		if n.right, err = read(); err != nil {
			return nil, err
		}
		return n, nil
	}
	root, err := read()
	if err != nil {
		return nil, err
	}
	if pos != len(tokens) {
		return nil, fmt.Errorf("%d unused token(s) after the tree", len(tokens)-pos)
	}
	return root, nil
}

// node is a short constructor for writing test trees inline.
func node(v int, left, right *treeNode) *treeNode {
	return &treeNode{val: v, left: left, right: right}
}

// sameTree reports whether a and b have identical shape and values.
func sameTree(a, b *treeNode) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.val == b.val && sameTree(a.left, b.left) && sameTree(a.right, b.right)
}

func main() {
	trees := []struct {
		name string
		root *treeNode
	}{
		{"sample", node(1, node(2, nil, nil), node(3, node(4, nil, nil), node(5, nil, nil)))},
		{"negatives", node(-7, nil, node(10, nil, nil))},
		{"empty", nil},
	}
	for _, t := range trees {
		s := serialize(t.root)
		back, err := deserialize(s)
		fmt.Printf("serialize(%s) = %q, round trip ok: %t\n", t.name, s, err == nil && sameTree(t.root, back))
	}

	for _, bad := range []string{"1,#", "1,#,#,#", "1,x,#"} {
		_, err := deserialize(bad)
		fmt.Printf("deserialize(%q) error: %v\n", bad, err)
	}
}
