package main

// threeSum returns every distinct triplet of values from different positions in nums that sums to zero.
func threeSum(nums []int) [][]int {
	return nil
}
