package main

// Trie is a prefix tree of lowercase words.
type Trie struct {
}

// NewTrie returns an empty trie.
func NewTrie() *Trie {
	return &Trie{}
}

// Insert adds word to the trie.
func (t *Trie) Insert(word string) {
}

// Search reports whether word was inserted as a whole word.
func (t *Trie) Search(word string) bool {
	return false
}

// StartsWith reports whether some inserted word begins with prefix.
func (t *Trie) StartsWith(prefix string) bool {
	return false
}
