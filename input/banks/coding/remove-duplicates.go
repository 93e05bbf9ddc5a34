package main

import "fmt"

// removeDuplicates compacts a sorted slice in place so that each value
// appears once, and returns how many unique values there are. After the
// call, nums[:k] holds them in their original order; whatever is left in
// nums[k:] is unspecified.
func removeDuplicates(nums []int) int {
	if len(nums) == 0 {
		return 0
	}
	// write is the length of the unique prefix built so far. Because the
	// input is sorted, a value is new exactly when it differs from the
	// last value we kept.
	write := 1
	for read := 1; read < len(nums); read++ {
		if nums[read] != nums[write-1] {
			nums[write] = nums[read]
			write++
		}
	}
	return write
}

func main() {
	inputs := [][]int{
		{1, 1, 2},
		{0, 0, 1, 1, 1, 2, 2, 3, 3, 4},
		{5, 5, 5},
		{},
	}
	for _, nums := range inputs {
		before := fmt.Sprint(nums) // capture before the slice is modified
		k := removeDuplicates(nums)
		fmt.Printf("removeDuplicates(%s) = %d, unique prefix %v\n", before, k, nums[:k])
	}
}
