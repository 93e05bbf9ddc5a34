// Unique paths: count the monotone paths across an m x n grid.
package main

import "fmt"

// uniquePaths returns how many paths lead from the top-left cell of an
// m x n grid to the bottom-right cell when each step goes one cell right or
// one cell down. A cell is reached only from above or from the left, so its
// count is the sum of those two counts. Keeping one row is enough: before
// the update, row[c] still holds the count from the row above.
func uniquePaths(m, n int) int {
	if m <= 0 || n <= 0 {
		return 0
	}
	row := make([]int, n)
	for c := range row {
		row[c] = 1 // the top row: only one way, straight right
	}
	for r := 1; r < m; r++ {
		for c := 1; c < n; c++ {
			row[c] += row[c-1] // from above (old row[c]) + from the left
		}
	}
	return row[n-1]
}

// uniquePathsFormula computes the same count as a binomial coefficient:
// a path is m-1 downs and n-1 rights in some order, so the answer is
// C(m+n-2, m-1). Multiplying before dividing keeps every step an exact
// integer, but the intermediate product overflows int64 sooner than the
// result does, so this is safe only for moderate sizes.
func uniquePathsFormula(m, n int) int {
	if m <= 0 || n <= 0 {
		return 0
	}
	k := m - 1
	if n-1 < k {
		k = n - 1 // C(a, b) == C(a, a-b): use the smaller one
	}
	result := 1
	for i := 1; i <= k; i++ {
		result = result * (m + n - 2 - k + i) / i
	}
	return result
}

func main() {
	sizes := [][2]int{{3, 4}, {4, 5}, {1, 5}, {10, 10}}
	for _, s := range sizes {
		fmt.Printf("uniquePaths(%d, %d) = %d (formula %d)\n", s[0], s[1], uniquePaths(s[0], s[1]), uniquePathsFormula(s[0], s[1]))
	}
}
