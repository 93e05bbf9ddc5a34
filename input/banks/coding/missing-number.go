package main

import "fmt"

// missingNumber returns the one value in the range 0..n that is absent from
// nums, where n == len(nums) and the values in nums are distinct.
func missingNumber(nums []int) int {
	// XOR every index 0..n-1, the value n, and every element. Each value
	// that is present appears twice (once as an index or n, once as an
	// element) and cancels; the missing one appears once and survives.
	// Unlike summing 0..n, nothing here can overflow.
	acc := len(nums)
	for i, v := range nums {
		acc ^= i ^ v
	}
	return acc
}

func main() {
	examples := [][]int{
		{3, 0, 1},
		{0, 1},
		{9, 6, 4, 2, 3, 5, 7, 0, 1},
		{1},
	}
	for _, nums := range examples {
		fmt.Printf("missingNumber(%v) = %d\n", nums, missingNumber(nums))
	}
}
