package main

import "fmt"

// twoSum returns the indices of the two entries in nums that add up to
// target, or nil when no such pair exists. It makes a single pass and
// remembers, for every value seen so far, the index where it appeared.
func twoSum(nums []int, target int) []int {
	seen := make(map[int]int, len(nums)) // value -> index
	for i, v := range nums {
		// Look up the partner before storing v, so an element is never
		// paired with itself (target 6 with a single 3 must fail).
		if j, ok := seen[target-v]; ok {
			return []int{j, i}
		}
		seen[v] = i
	}
	return nil
}

func main() {
	examples := []struct {
		nums   []int
		target int
	}{
		{[]int{2, 7, 11, 15}, 9},
		{[]int{3, 2, 4}, 6},
		{[]int{3, 3}, 6},
		{[]int{1, 5, 8}, 4}, // no pair adds up to 4
	}
	for _, ex := range examples {
		fmt.Printf("twoSum(%v, %d) = %v\n", ex.nums, ex.target, twoSum(ex.nums, ex.target))
	}
}
