package main

// combinationSum returns every combination of candidates (reuse allowed) that sums to target.
func combinationSum(candidates []int, target int) [][]int {
	return nil
}
