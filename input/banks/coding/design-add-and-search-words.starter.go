package main

// WordDictionary stores words and answers pattern searches.
type WordDictionary struct {
}

// NewWordDictionary returns an empty dictionary.
func NewWordDictionary() *WordDictionary {
	return &WordDictionary{}
}

// AddWord stores word in the dictionary.
func (d *WordDictionary) AddWord(word string) {
}

// Search reports whether a stored word matches pattern; '.' matches any one letter.
func (d *WordDictionary) Search(pattern string) bool {
	return false
}
