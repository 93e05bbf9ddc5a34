package main

import "fmt"

// canJump reports whether the last index of nums can be reached from index
// 0, where nums[i] is the longest jump allowed from index i.
func canJump(nums []int) bool {
	// reach is the farthest index reachable using only indices seen so far.
	// Every index up to reach is reachable too, because a jump may be
	// shorter than its maximum.
	reach := 0
	for i, step := range nums {
		if i > reach {
			// Index i lies beyond everything reachable: we are stuck.
			return false
		}
		if i+step > reach {
			reach = i + step
		}
		if reach >= len(nums)-1 {
			return true
		}
	}
	// Only an empty slice gets here; there is no last index to reach.
	return true
}

func main() {
	examples := [][]int{
		{2, 3, 1, 1, 4},
		{3, 2, 1, 0, 4},
		{0},
		{2, 0, 0},
	}
	for _, nums := range examples {
		fmt.Printf("canJump(%v) = %t\n", nums, canJump(nums))
	}
}
