package main

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestIsValidBST(t *testing.T) {
	testCases := []struct {
		name  string
		input string // level order, as the prompt writes trees
		root  *treeNode
		want  bool
	}{
		{"small valid tree", "[2,1,3]", testParseTree("[2,1,3]"), true},
		{"right child too small", "[5,1,4,null,null,3,6]", testParseTree("[5,1,4,null,null,3,6]"), false},
		{"grandchild breaks the root bound", "[5,4,6,null,null,3,7]", testParseTree("[5,4,6,null,null,3,7]"), false},
		{"equal values", "[2,2,2]", testParseTree("[2,2,2]"), false},
		{"empty tree", "[]", nil, true},
		{"extreme values", "[MinInt,null,MaxInt]",
			&treeNode{val: math.MinInt, right: &treeNode{val: math.MaxInt}}, true},
		{"deeper valid tree", "[8,4,12,2,6,10,14,1,3,5,7]", testParseTree("[8,4,12,2,6,10,14,1,3,5,7]"), true},
		{"equal value in left subtree", "[10,5,15,null,10]", testParseTree("[10,5,15,null,10]"), false},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := isValidBST(tc.root)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", tc.input, got, tc.want)
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
