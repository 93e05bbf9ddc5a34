package main

import "fmt"

// productExceptSelf returns out where out[i] is the product of every element
// of nums except nums[i], without division. out[i] = (product of everything
// left of i) * (product of everything right of i): one pass writes the left
// products into out, a second pass multiplies in the right products, carried
// in a single variable so no extra slice is needed.
func productExceptSelf(nums []int) []int {
	out := make([]int, len(nums))
	left := 1
	for i := range nums {
		out[i] = left
		left *= nums[i]
	}
	right := 1
	for i := len(nums) - 1; i >= 0; i-- {
		out[i] *= right
		right *= nums[i]
	}
	return out
}

func main() {
	examples := [][]int{
		{1, 2, 3, 4},
		{-1, 1, 0, -3, 3}, // one zero: only its own slot is nonzero
		{2, 0, 5, 0},      // two zeros: everything is zero
		{7, 3},
	}
	for _, nums := range examples {
		fmt.Printf("productExceptSelf(%v) = %v\n", nums, productExceptSelf(nums))
	}
}
