// Contiguous array: the longest subarray with as many 0s as 1s.
package main

import "fmt"

// findMaxLength returns the length of the longest contiguous subarray of
// nums (each element 0 or 1) with equally many 0s and 1s. Counting a 1 as
// +1 and a 0 as -1 turns "balanced" into "sums to zero", and a subarray
// sums to zero when the running balance is the same at both of its ends.
// To make it as long as possible, remember only the FIRST index at which
// each balance appeared.
func findMaxLength(nums []int) int {
	first := map[int]int{0: -1} // balance 0 "happens" just before index 0
	balance, best := 0, 0
	for i, v := range nums {
		if v == 1 {
			balance++
		} else {
			balance--
		}
		if j, ok := first[balance]; ok {
			if i-j > best {
				best = i - j // nums[j+1..i] is balanced
			}
		} else {
			first[balance] = i // never overwrite: earlier starts give longer runs
		}
	}
	return best
}

func main() {
	examples := [][]int{
		{0, 1, 1, 0, 1},          // [0 1 1 0]
		{1, 1, 0, 1, 1, 0, 0, 1}, // [1 0 1 1 0 0] or [0 1 1 0 0 1]
		{1, 1, 1},
		{},
	}
	for _, nums := range examples {
		fmt.Printf("findMaxLength(%v) = %d\n", nums, findMaxLength(nums))
	}
}
