package main

// lengthOfLIS returns the length of the longest strictly increasing subsequence of nums.
func lengthOfLIS(nums []int) int {
	return 0
}
