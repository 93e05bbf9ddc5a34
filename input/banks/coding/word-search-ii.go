// Find every listed word that can be traced on a letter grid, using one DFS
// per starting cell guided by a trie of all the words.
package main

import (
	"fmt"
	"sort"
)

// node is a trie node. word is set on the node where a word ends, so the DFS
// can report the word without rebuilding it from the path. count is the number
// of non-nil children, used to prune branches that have nothing left to find.
type node struct {
	children [26]*node
	count    int
	word     string
}

// findWords returns the words that can be spelled by a path of horizontally
// or vertically adjacent cells, using each cell at most once per word. Each
// word is reported once, in no particular order. The board is modified during
// the search and restored before returning.
func findWords(board [][]byte, words []string) []string {
	root := &node{}
	for _, w := range words {
		n := root
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if n.children[c] == nil {
				n.children[c] = &node{}
				n.count++
			}
			n = n.children[c]
		}
		n.word = w
	}

	var found []string
	var dfs func(r, c int, parent *node)
	dfs = func(r, c int, parent *node) {
		ch := board[r][c]
		if ch == '#' { // already on the current path
			return
		}
		n := parent.children[ch-'a']
		if n == nil { // no word continues with this letter
			return
		}
		if n.word != "" {
			found = append(found, n.word)
			n.word = "" // report each word once, even if another path spells it
		}
		board[r][c] = '#' // mark; restored below so other paths can use the cell
		if r > 0 {
			dfs(r-1, c, n)
		}
		if r+1 < len(board) {
			dfs(r+1, c, n)
		}
		if c > 0 {
			dfs(r, c-1, n)
		}
		if c+1 < len(board[r]) {
			dfs(r, c+1, n)
		}
		board[r][c] = ch
		// Prune: a node with no word and no children can never match again,
		// so later starting cells do not walk into it.
		if n.word == "" && n.count == 0 {
			parent.children[ch-'a'] = nil
			parent.count--
		}
	}
	for r := range board {
		for c := range board[r] {
			dfs(r, c, root)
		}
	}
	return found
}

// grid turns rows like "gaz" into the [][]byte board the function takes.
func grid(rows ...string) [][]byte {
	b := make([][]byte, len(rows))
	for i, row := range rows {
		b[i] = []byte(row)
	}
	return b
}

func main() {
	examples := []struct {
		rows  []string
		words []string
	}{
		{[]string{"goph", "anre", "ltax", "cams"}, []string{"gopher", "go", "gal", "cat", "tar", "map", "goo"}},
		{[]string{"ab", "cd"}, []string{"abdc", "acdb", "ad", "aba"}},
		{[]string{"aa", "aa"}, []string{"aa", "aaaaa"}},
		{[]string{"z"}, []string{"z", "zz"}},
	}
	for _, ex := range examples {
		got := findWords(grid(ex.rows...), ex.words)
		sort.Strings(got) // the problem allows any order; sort for stable output
		fmt.Printf("findWords(%q, %q) = %q\n", ex.rows, ex.words, got)
	}
}
