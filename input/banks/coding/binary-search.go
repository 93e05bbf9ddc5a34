package main

import (
	"fmt"
	"sort"
)

// search returns the index of target in nums, which is sorted ascending
// and has no duplicates, or -1 if target is absent.
func search(nums []int, target int) int {
	// Invariant: if target is present, its index lies in [lo, hi].
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2 // same as (lo+hi)/2 but cannot overflow
		switch {
		case nums[mid] == target:
			return mid
		case nums[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

// lowerBound returns the first index i with nums[i] >= target, or
// len(nums) if there is none. This variant also works with duplicates
// and tells you where to insert a missing value.
func lowerBound(nums []int, target int) int {
	lo, hi := 0, len(nums) // half-open range [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func main() {
	nums := []int{-1, 0, 3, 5, 9, 12}
	fmt.Printf("search(%v, 9) = %d\n", nums, search(nums, 9))
	fmt.Printf("search(%v, 2) = %d\n", nums, search(nums, 2))
	fmt.Printf("search(%v, 4) = %d\n", []int{}, search([]int{}, 4))

	dups := []int{1, 2, 2, 2, 3}
	// The standard library's sort.SearchInts implements the same lower bound,
	// and so does slices.BinarySearch (Go 1.21+), which also reports found.
	fmt.Printf("lowerBound(%v, 2) = %d (sort.SearchInts agrees: %d)\n",
		dups, lowerBound(dups, 2), sort.SearchInts(dups, 2))
}
