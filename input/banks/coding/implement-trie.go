// Implement a prefix tree (trie) with insert, exact search and prefix search.
package main

import "fmt"

// Trie stores lowercase words so that every operation costs O(length of the
// argument), however many words are stored. The zero value is an empty trie.
type Trie struct {
	root trieNode
}

// trieNode is one position in the tree: the path from the root to it spells a
// prefix. A fixed array indexed by letter-'a' is smaller and faster than a map
// for a 26-letter alphabet and needs no allocation to look up a child.
type trieNode struct {
	children [26]*trieNode
	isWord   bool // a word ends exactly here, not just passes through
}

// NewTrie returns an empty trie.
func NewTrie() *Trie {
	return &Trie{}
}

// Insert adds word, creating the missing nodes along its path.
func (t *Trie) Insert(word string) {
	n := &t.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if n.children[c] == nil {
			n.children[c] = &trieNode{}
		}
		n = n.children[c]
	}
	n.isWord = true
}

// Search reports whether word was inserted (as a whole word).
func (t *Trie) Search(word string) bool {
	n := t.walk(word)
	return n != nil && n.isWord
}

// StartsWith reports whether some inserted word begins with prefix.
func (t *Trie) StartsWith(prefix string) bool {
	return t.walk(prefix) != nil
}

// walk follows s from the root and returns the node where it ends, or nil as
// soon as a letter has no child. Search and StartsWith differ only in what
// they ask of that node.
func (t *Trie) walk(s string) *trieNode {
	n := &t.root
	for i := 0; i < len(s) && n != nil; i++ {
		n = n.children[s[i]-'a']
	}
	return n
}

func main() {
	t := NewTrie()
	t.Insert("gopher")
	fmt.Println(`Insert("gopher")`)
	fmt.Printf("Search(%q) = %t\n", "gopher", t.Search("gopher"))
	fmt.Printf("Search(%q) = %t (only a prefix so far)\n", "go", t.Search("go"))
	fmt.Printf("StartsWith(%q) = %t\n", "go", t.StartsWith("go"))
	t.Insert("go")
	fmt.Println(`Insert("go")`)
	fmt.Printf("Search(%q) = %t\n", "go", t.Search("go"))
	fmt.Printf("StartsWith(%q) = %t\n", "gox", t.StartsWith("gox"))
}
