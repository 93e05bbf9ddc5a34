package main

import "fmt"

// searchRotated returns the index of target in nums, or -1. nums holds
// distinct values sorted ascending and then rotated at an unknown pivot.
// Each step splits the range at mid; at least one half is sorted, and a
// sorted half tells you in O(1) whether target can be inside it.
func searchRotated(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if nums[mid] == target {
			return mid
		}
		if nums[lo] <= nums[mid] {
			// nums[lo..mid] is sorted (<= covers lo == mid).
			if nums[lo] <= target && target < nums[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		} else {
			// nums[mid..hi] is sorted.
			if nums[mid] < target && target <= nums[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func main() {
	examples := []struct {
		nums   []int
		target int
	}{
		{[]int{4, 5, 6, 7, 0, 1, 2}, 0},
		{[]int{4, 5, 6, 7, 0, 1, 2}, 3}, // absent
		{[]int{6, 8, 1, 3}, 8},
		{[]int{1}, 1},
	}
	for _, ex := range examples {
		fmt.Printf("searchRotated(%v, %d) = %d\n", ex.nums, ex.target, searchRotated(ex.nums, ex.target))
	}
}
