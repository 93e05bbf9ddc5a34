package main

// characterReplacement returns the longest substring length that becomes one repeated letter after at most k changes.
func characterReplacement(s string, k int) int {
	return 0
}
