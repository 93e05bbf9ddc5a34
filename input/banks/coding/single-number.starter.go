package main

// singleNumber returns the value that appears once in nums, where every other value appears twice.
func singleNumber(nums []int) int {
	return 0
}
