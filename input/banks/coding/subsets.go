// Generate every subset of a set of distinct ints by backtracking.
package main

import "fmt"

// subsets returns all 2^n subsets of nums (distinct values), including the
// empty set. Every node of the recursion is itself a subset: the path from
// the root lists the chosen values, and the loop only moves forward through
// nums, so each combination is produced exactly once.
func subsets(nums []int) [][]int {
	res := make([][]int, 0, 1<<len(nums))
	path := make([]int, 0, len(nums)) // shared and reused; see the copy below
	var dfs func(start int)
	dfs = func(start int) {
		// Store a copy. path's backing array is overwritten by later
		// appends, so storing path itself would change results already saved.
		res = append(res, append([]int{}, path...))
		for i := start; i < len(nums); i++ {
			path = append(path, nums[i])
			dfs(i + 1)
			path = path[:len(path)-1] // undo the choice before trying the next one
		}
	}
	dfs(0)
	return res
}

func main() {
	for _, nums := range [][]int{{1, 2, 3}, {-5, 9}, {0}, {}} {
		fmt.Printf("subsets(%v) = %v\n", nums, subsets(nums))
	}
}
