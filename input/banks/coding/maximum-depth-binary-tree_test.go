package main

import (
	"strconv"
	"strings"
	"testing"
)

func TestMaxDepth(t *testing.T) {
	testCases := []struct {
		name string
		tree string
		want int
	}{
		{"balanced", "[3,9,20,null,null,15,7]", 3},
		{"right child only", "[1,null,2]", 2},
		{"left chain", "[1,2,null,3,null,4]", 4},
		{"empty tree", "[]", 0},
		{"single node", "[5]", 1},
		{"deepest on the right", "[1,2,3,null,null,4,null,null,5]", 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := tc.tree
			got := maxDepth(testParseTree(tc.tree))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
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
