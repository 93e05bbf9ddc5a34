package main

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestLevelOrder(t *testing.T) {
	testCases := []struct {
		name string
		tree string
		want [][]int
	}{
		{"three levels", "[3,9,20,null,null,15,7]", [][]int{{3}, {9, 20}, {15, 7}}},
		{"gaps in the last level", "[1,2,3,4,null,null,5]", [][]int{{1}, {2, 3}, {4, 5}}},
		{"single node", "[1]", [][]int{{1}}},
		{"empty tree", "[]", [][]int{}},
		{"left chain", "[1,2,null,3,null,4]", [][]int{{1}, {2}, {3}, {4}}},
		{"full tree with negatives", "[0,-1,1,-2,-3,2,3]", [][]int{{0}, {-1, 1}, {-2, -3, 2, 3}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := tc.tree
			got := levelOrder(testParseTree(tc.tree))
			same := reflect.DeepEqual(got, tc.want) || (len(got) == 0 && len(tc.want) == 0)
			if !same {
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
