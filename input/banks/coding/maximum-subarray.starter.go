package main

// maxSubArray returns the largest sum of a non-empty contiguous subarray of nums.
func maxSubArray(nums []int) int {
	return 0
}
