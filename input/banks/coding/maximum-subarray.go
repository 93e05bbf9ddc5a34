package main

import "fmt"

// maxSubArray returns the largest sum of a non-empty contiguous run of nums.
// nums must contain at least one element.
func maxSubArray(nums []int) int {
	// cur is the best sum of a run that ends at the current index; best is
	// the best seen anywhere. Both start at nums[0], not 0, so an
	// all-negative input returns its largest element instead of 0.
	cur, best := nums[0], nums[0]
	for _, v := range nums[1:] {
		// A run ending here either extends the previous run or starts
		// fresh at v; extending only helps when the previous run is positive.
		if cur > 0 {
			cur += v
		} else {
			cur = v
		}
		if cur > best {
			best = cur
		}
	}
	return best
}

func main() {
	examples := [][]int{
		{-2, 1, -3, 4, -1, 2, 1, -5, 4},
		{5, 4, -1, 7, 8},
		{-3, -1, -2},
		{7},
	}
	for _, nums := range examples {
		fmt.Printf("maxSubArray(%v) = %d\n", nums, maxSubArray(nums))
	}
}
