package main

// longestCommonSubsequence returns the length of the longest subsequence common to a and b.
func longestCommonSubsequence(a, b string) int {
	return 0
}
