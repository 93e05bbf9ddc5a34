package main

// search returns the index of target in the sorted slice nums, or -1 if it is absent.
func search(nums []int, target int) int {
	return 0
}
