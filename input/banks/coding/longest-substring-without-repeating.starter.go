package main

// lengthOfLongestSubstring returns the length of the longest substring of s with no repeated character.
func lengthOfLongestSubstring(s string) int {
	return 0
}
