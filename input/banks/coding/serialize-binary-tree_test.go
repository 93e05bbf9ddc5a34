package main

import (
	"strconv"
	"strings"
	"testing"
)

func TestSerializeRoundTrip(t *testing.T) {
	testCases := []struct {
		name  string
		input string // the tree in level order, null for a missing child
		build func() *treeNode
	}{
		{"sample tree", "[1,2,3,null,null,4,5]", func() *treeNode { return testParseTree("[1,2,3,null,null,4,5]") }},
		{"negative root, right child only", "[-7,null,10]", func() *treeNode { return testParseTree("[-7,null,10]") }},
		{"empty tree", "[]", func() *treeNode { return nil }},
		{"single node", "[0]", func() *treeNode { return testParseTree("[0]") }},
		{"left child only", "[1,2]", func() *treeNode { return testParseTree("[1,2]") }},
		{"limits and repeats", "[-1000,1000,-1000,null,1000,-1,null]",
			func() *treeNode { return testParseTree("[-1000,1000,-1000,null,1000,-1,null]") }},
		{"long right chain", "[1,null,2,null,3,...,null,2000]", func() *treeNode {
			var root *treeNode
			for v := 2000; v >= 1; v-- {
				root = &treeNode{val: v, right: root}
			}
			return root
		}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			data := serialize(tc.build())
			// Encode an unrelated tree in between, so a solution that keeps
			// the last tree in a package-level variable cannot pass.
			_ = serialize(testParseTree("[42,41,43]"))
			back, err := deserialize(data)
			want := tc.build()
			if err != nil || !testSameTree(back, want) {
				got := testLevelText(back)
				if err != nil {
					got = "error: " + err.Error()
				}
				got += " (serialized as " + strconv.Quote(testShorten(data)) + ")"
				t.Errorf("input: %s\ngot: %v\nwant: %v", tc.input, got, testLevelText(want))
			}
		})
	}
}

// testSameTree reports whether a and b have the same shape and values.
func testSameTree(a, b *treeNode) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.val == b.val && testSameTree(a.left, b.left) && testSameTree(a.right, b.right)
}

// testLevelText writes a tree in level order with null for missing children,
// dropping trailing nulls, e.g. "[1,2,3,null,null,4,5]". Long output is cut.
func testLevelText(root *treeNode) string {
	var parts []string
	queue := []*treeNode{root}
	for len(queue) > 0 && len(parts) < 5000 {
		n := queue[0]
		queue = queue[1:]
		if n == nil {
			parts = append(parts, "null")
			continue
		}
		parts = append(parts, strconv.Itoa(n.val))
		queue = append(queue, n.left, n.right)
	}
	for len(parts) > 0 && parts[len(parts)-1] == "null" {
		parts = parts[:len(parts)-1]
	}
	return testShorten("[" + strings.Join(parts, ",") + "]")
}

// testShorten cuts long text so failure messages stay readable.
func testShorten(s string) string {
	if len(s) > 80 {
		return s[:80] + "..."
	}
	return s
}

// testParseTree builds a tree from level order text such as
// "[3,9,20,null,null,15,7]", where null marks a missing child.
func testParseTree(s string) *treeNode {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if s == "" {
		return nil
	}
	tokens := strings.Split(s, ",")
	makeNode := func(tok string) *treeNode {
		tok = strings.TrimSpace(tok)
		if tok == "null" {
			return nil
		}
		v, err := strconv.Atoi(tok)
		if err != nil {
			panic("testParseTree: bad token " + tok)
		}
		return &treeNode{val: v}
	}
	root := makeNode(tokens[0])
	queue := []*treeNode{root}
	for i := 1; i < len(tokens) && len(queue) > 0; {
		parent := queue[0]
		queue = queue[1:]
		if parent == nil {
			continue
		}
		parent.left = makeNode(tokens[i])
		queue = append(queue, parent.left)
		i++
		if i < len(tokens) {
			parent.right = makeNode(tokens[i])
			queue = append(queue, parent.right)
			i++
		}
	}
	return root
}
