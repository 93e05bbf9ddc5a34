// Longest increasing subsequence: O(n log n) patience sorting, with the
// classic O(n^2) DP alongside as a cross-check.
package main

import (
	"fmt"
	"sort"
)

// lengthOfLIS returns the length of the longest strictly increasing
// subsequence of nums in O(n log n) time.
//
// tails[k] is the smallest value that can end an increasing subsequence of
// length k+1 seen so far. tails stays sorted, so each number finds its
// place with a binary search: it either extends the longest run or lowers
// the tail of a shorter one.
func lengthOfLIS(nums []int) int {
	tails := make([]int, 0, len(nums))
	for _, x := range nums {
		// First index with tails[i] >= x. Using >= (not >) keeps the
		// subsequence strictly increasing: an equal value replaces, never extends.
		i := sort.SearchInts(tails, x) // Go 1.21+: i, _ := slices.BinarySearch(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

// lengthOfLISQuadratic is the O(n^2) DP: ending[i] is the length of the
// longest increasing subsequence that ends exactly at nums[i].
func lengthOfLISQuadratic(nums []int) int {
	ending := make([]int, len(nums))
	longest := 0
	for i := range nums {
		ending[i] = 1
		for j := 0; j < i; j++ {
			if nums[j] < nums[i] && ending[j]+1 > ending[i] {
				ending[i] = ending[j] + 1
			}
		}
		if ending[i] > longest {
			longest = ending[i]
		}
	}
	return longest
}

func main() {
	inputs := [][]int{
		{10, 9, 2, 5, 3, 7, 101, 18},
		{0, 1, 0, 3, 2, 3},
		{7, 7, 7, 7},
		{},
	}
	for _, nums := range inputs {
		fmt.Printf("lengthOfLIS(%v) = %d (O(n^2) DP agrees: %d)\n",
			nums, lengthOfLIS(nums), lengthOfLISQuadratic(nums))
	}
}
