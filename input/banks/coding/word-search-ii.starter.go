package main

// findWords returns every word from words that can be traced on board through adjacent cells.
func findWords(board [][]byte, words []string) []string {
	return nil
}
