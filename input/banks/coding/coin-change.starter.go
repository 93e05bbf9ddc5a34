package main

// coinChange returns the fewest coins from coins that sum to amount, or -1 if none do.
func coinChange(coins []int, amount int) int {
	return 0
}
