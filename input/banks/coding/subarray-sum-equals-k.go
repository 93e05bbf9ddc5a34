// Subarray sum equals k: count the contiguous subarrays whose sum is k.
package main

import "fmt"

// subarraySum returns how many non-empty contiguous subarrays of nums sum
// to k. With prefix sums, nums[i..j] sums to k exactly when
// prefix(j+1) - prefix(i) == k, so at each position the number of
// subarrays ending there is the number of earlier prefixes equal to
// running - k. A map counts the prefixes seen so far. Negative numbers are
// fine: nothing here assumes the sum only grows (a sliding window would).
func subarraySum(nums []int, k int) int {
	seen := map[int]int{0: 1} // the empty prefix, for subarrays that start at 0
	running, count := 0, 0
	for _, v := range nums {
		running += v
		count += seen[running-k] // a missing key reads as 0
		// Record the prefix after the lookup: with k == 0 the current
		// prefix must not pair with itself, which would be an empty subarray.
		seen[running]++
	}
	return count
}

func main() {
	examples := []struct {
		nums []int
		k    int
	}{
		{[]int{1, 2, 1, 2}, 3},  // [1 2], [2 1], [1 2]
		{[]int{4, -1, 1, 4}, 4}, // [4], [4 -1 1], [-1 1 4], [4]
		{[]int{0, 0, 0}, 0},     // every one of the 6 subarrays
		{[]int{}, 0},
	}
	for _, ex := range examples {
		fmt.Printf("subarraySum(%v, %d) = %d\n", ex.nums, ex.k, subarraySum(ex.nums, ex.k))
	}
}
