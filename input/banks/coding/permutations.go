// Generate every ordering of a slice of distinct ints by backtracking.
package main

import "fmt"

// permute returns all n! orderings of nums (distinct values). The recursion
// fills one position per level; used marks the values already placed on the
// current path so each value appears exactly once per permutation.
func permute(nums []int) [][]int {
	var res [][]int
	path := make([]int, 0, len(nums))
	used := make([]bool, len(nums))
	var dfs func()
	dfs = func() {
		if len(path) == len(nums) {
			// Copy: path is one shared buffer that the next branch overwrites.
			res = append(res, append([]int{}, path...))
			return
		}
		for i, v := range nums {
			if used[i] {
				continue
			}
			used[i] = true
			path = append(path, v)
			dfs()
			path = path[:len(path)-1] // undo both marks before the next choice
			used[i] = false
		}
	}
	dfs()
	return res
}

func main() {
	for _, nums := range [][]int{{1, 2, 3}, {0, -1}, {7}, {}} {
		fmt.Printf("permute(%v) = %v\n", nums, permute(nums))
	}
}
