package main

// wordBreak reports whether s can be split into a sequence of words from wordDict (words may repeat).
func wordBreak(s string, wordDict []string) bool {
	return false
}
