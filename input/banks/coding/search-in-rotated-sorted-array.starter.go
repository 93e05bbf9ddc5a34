package main

// searchRotated returns the index of target in the rotated sorted slice nums, or -1 if it is absent.
func searchRotated(nums []int, target int) int {
	return 0
}
