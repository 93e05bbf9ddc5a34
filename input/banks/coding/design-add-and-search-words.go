// A word dictionary whose search pattern may use '.' as a one-letter wildcard.
package main

import "fmt"

// WordDictionary stores lowercase words in a trie. A pattern without dots
// follows one path; each '.' fans out to every existing child at that depth.
// The zero value is an empty dictionary.
type WordDictionary struct {
	root wordNode
}

type wordNode struct {
	children [26]*wordNode
	isWord   bool // a stored word ends at this node
}

// NewWordDictionary returns an empty dictionary.
func NewWordDictionary() *WordDictionary {
	return &WordDictionary{}
}

// AddWord stores word.
func (d *WordDictionary) AddWord(word string) {
	n := &d.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if n.children[c] == nil {
			n.children[c] = &wordNode{}
		}
		n = n.children[c]
	}
	n.isWord = true
}

// Search reports whether some stored word matches pattern letter for letter,
// where '.' matches any single letter. Lengths must match exactly.
func (d *WordDictionary) Search(pattern string) bool {
	return match(&d.root, pattern, 0)
}

// match reports whether the subtree under n contains a word equal to
// pattern[i:], with wildcards. Letters are followed without branching; only a
// '.' makes the search try several children, and it stops at the first hit.
func match(n *wordNode, pattern string, i int) bool {
	for ; i < len(pattern); i++ {
		if pattern[i] == '.' {
			for _, child := range n.children {
				if child != nil && match(child, pattern, i+1) {
					return true
				}
			}
			return false
		}
		n = n.children[pattern[i]-'a']
		if n == nil {
			return false
		}
	}
	// The whole pattern is consumed: it matches only if a word ends here,
	// otherwise the pattern is just a prefix of longer words.
	return n.isWord
}

func main() {
	d := NewWordDictionary()
	for _, w := range []string{"map", "mop", "slice"} {
		d.AddWord(w)
	}
	fmt.Println(`AddWord("map"), AddWord("mop"), AddWord("slice")`)
	for _, p := range []string{"m.p", "s....", "ma", "...", "m.x"} {
		fmt.Printf("Search(%q) = %t\n", p, d.Search(p))
	}
}
