package main

// minDistance returns the minimum number of single-character inserts, deletes and replacements that turn word1 into word2.
func minDistance(word1, word2 string) int {
	return 0
}
