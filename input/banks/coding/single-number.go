package main

import "fmt"

// singleNumber returns the one value in nums that appears exactly once;
// every other value appears exactly twice.
func singleNumber(nums []int) int {
	// XOR is commutative and associative, v^v == 0 and v^0 == v, so the
	// pairs cancel out whatever their order and only the single survives.
	// This works for negative numbers too: XOR acts on the raw bits.
	acc := 0
	for _, v := range nums {
		acc ^= v
	}
	return acc
}

func main() {
	examples := [][]int{
		{2, 2, 1},
		{4, 1, 2, 1, 2},
		{1},
		{-3, 7, -3},
	}
	for _, nums := range examples {
		fmt.Printf("singleNumber(%v) = %d\n", nums, singleNumber(nums))
	}
}
