package main

// merge merges the n values of nums2 into nums1, whose first m values are real, so nums1 ends up sorted.
func merge(nums1 []int, m int, nums2 []int, n int) {
}
