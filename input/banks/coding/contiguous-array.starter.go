package main

// findMaxLength returns the length of the longest contiguous subarray of nums (0s and 1s) with equally many 0s and 1s.
func findMaxLength(nums []int) int {
	return 0
}
