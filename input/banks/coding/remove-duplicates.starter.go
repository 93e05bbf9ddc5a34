package main

// removeDuplicates moves each distinct value of the sorted nums to the front, in place, and returns their count.
func removeDuplicates(nums []int) int {
	return 0
}
