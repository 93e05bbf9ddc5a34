package main

// topKFrequent returns the k most frequent values in nums, in any order.
func topKFrequent(nums []int, k int) []int {
	return nil
}
