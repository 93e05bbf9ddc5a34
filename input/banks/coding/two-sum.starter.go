package main

// twoSum returns the indices of two different elements of nums that add up to target, or nil.
func twoSum(nums []int, target int) []int {
	return nil
}
