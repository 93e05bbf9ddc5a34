package main

// subarraySum returns the number of non-empty contiguous subarrays of nums whose elements sum to k.
func subarraySum(nums []int, k int) int {
	return 0
}
