package main

// orangesRotting returns the minutes until no fresh orange (1) is left as rot spreads from rotten ones (2), or -1 if impossible.
func orangesRotting(grid [][]int) int {
	return 0
}
