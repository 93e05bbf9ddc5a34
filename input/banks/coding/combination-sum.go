// Find every combination of candidates (each reusable) that sums to target.
package main

import (
	"fmt"
	"sort"
)

// combinationSum returns every multiset of values from candidates (distinct,
// positive) whose sum is target; a value may be used any number of times.
// Each combination is listed once, in non-decreasing order.
func combinationSum(candidates []int, target int) [][]int {
	// Sort a copy: the caller's slice stays untouched, and sorted order lets
	// the loop stop at the first candidate that is too large.
	cands := append([]int{}, candidates...)
	sort.Ints(cands)

	var res [][]int
	var path []int
	var dfs func(start, remaining int)
	dfs = func(start, remaining int) {
		if remaining == 0 {
			// path is one buffer shared by the whole search, and the appends
			// below write into its backing array. Storing path itself would
			// let later branches overwrite this result, so store a copy.
			res = append(res, append([]int{}, path...))
			return
		}
		// Starting at start (not 0) means a combination never picks a
		// smaller candidate after a larger one, so [2 3] and [3 2] are not
		// both produced. Passing i (not i+1) below allows reuse of cands[i].
		for i := start; i < len(cands) && cands[i] <= remaining; i++ {
			path = append(path, cands[i])
			dfs(i, remaining-cands[i])
			path = path[:len(path)-1]
		}
	}
	dfs(0, target)
	return res
}

func main() {
	examples := []struct {
		candidates []int
		target     int
	}{
		{[]int{2, 3, 6, 7}, 7},
		{[]int{5, 3, 2}, 8},
		{[]int{4}, 6},
		{[]int{1}, 3},
	}
	for _, ex := range examples {
		fmt.Printf("combinationSum(%v, %d) = %v\n", ex.candidates, ex.target, combinationSum(ex.candidates, ex.target))
	}
}
