package main

import "fmt"

// longestConsecutive returns the length of the longest run of consecutive
// integers (x, x+1, x+2, ...) whose values all occur in nums, in any order.
// It loads nums into a set, then counts upward only from values that start a
// run (x-1 is absent), so each value is visited a constant number of times.
func longestConsecutive(nums []int) int {
	set := make(map[int]struct{}, len(nums))
	for _, v := range nums {
		set[v] = struct{}{}
	}
	best := 0
	for v := range set { // iterating the set skips duplicate starts
		if _, ok := set[v-1]; ok {
			continue // v is inside a run; its start will count it
		}
		length := 1
		for {
			if _, ok := set[v+length]; !ok {
				break
			}
			length++
		}
		if length > best {
			best = length
		}
	}
	return best
}

func main() {
	examples := [][]int{
		{100, 4, 200, 1, 3, 2},
		{0, 3, 7, 2, 5, 8, 4, 6, 0, 1},
		{1, 2, 2, 3}, // duplicates do not lengthen a run
		{},
	}
	for _, nums := range examples {
		fmt.Printf("longestConsecutive(%v) = %d\n", nums, longestConsecutive(nums))
	}
}
