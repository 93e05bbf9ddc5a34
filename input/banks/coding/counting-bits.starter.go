package main

// countBits returns, for every i from 0 to n, the number of 1 bits in i.
func countBits(n int) []int {
	return nil
}
