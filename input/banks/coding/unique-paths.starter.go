package main

// uniquePaths returns the number of right/down paths from the top-left to the bottom-right cell of an m x n grid.
func uniquePaths(m, n int) int {
	return 0
}
