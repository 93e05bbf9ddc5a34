package main

// missingNumber returns the one value in 0..len(nums) that does not appear in nums.
func missingNumber(nums []int) int {
	return 0
}
