package main

// longestConsecutive returns the length of the longest run of consecutive integer values present in nums.
func longestConsecutive(nums []int) int {
	return 0
}
