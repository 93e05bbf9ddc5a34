package main

import (
	"fmt"
	"sort"
)

// threeSum returns every distinct triplet [a, b, c] from nums with
// a + b + c == 0. Each triplet is in ascending order and the triplets are in
// ascending order too. It sorts a copy, so the caller's slice is untouched.
func threeSum(nums []int) [][]int {
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted) // Go 1.21+: slices.Sort(sorted)

	var result [][]int
	for first := 0; first < len(sorted)-2; first++ {
		// Equal anchors would produce the same triplets again.
		if first > 0 && sorted[first] == sorted[first-1] {
			continue
		}
		// With a positive smallest value, no triplet can reach zero.
		if sorted[first] > 0 {
			break
		}
		lo, hi := first+1, len(sorted)-1
		for lo < hi {
			sum := sorted[first] + sorted[lo] + sorted[hi]
			switch {
			case sum < 0:
				lo++
			case sum > 0:
				hi--
			default:
				result = append(result, []int{sorted[first], sorted[lo], sorted[hi]})
				// Step both pointers past any copies of the values just used.
				for lo < hi && sorted[lo] == sorted[lo+1] {
					lo++
				}
				for lo < hi && sorted[hi] == sorted[hi-1] {
					hi--
				}
				lo++
				hi--
			}
		}
	}
	return result
}

func main() {
	examples := [][]int{
		{-1, 0, 1, 2, -1, -4},
		{0, 0, 0, 0},
		{-2, 0, 1, 1, 2},
		{1, 2, -2, -1},
	}
	for _, nums := range examples {
		fmt.Printf("threeSum(%v) = %v\n", nums, threeSum(nums))
	}
}
