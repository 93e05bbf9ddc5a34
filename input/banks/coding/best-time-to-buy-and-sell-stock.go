package main

import "fmt"

// maxProfit returns the best profit from buying on one day and selling on a
// later day, or 0 when prices never rise. It walks the prices once and keeps
// the cheapest price seen so far: the best sale on any day is that day's
// price minus the lowest price before it.
func maxProfit(prices []int) int {
	if len(prices) == 0 {
		return 0
	}
	lowest := prices[0]
	best := 0
	for _, p := range prices[1:] {
		if p-lowest > best {
			best = p - lowest
		}
		// Update the minimum after using it, so a day never sells to itself.
		if p < lowest {
			lowest = p
		}
	}
	return best
}

func main() {
	examples := [][]int{
		{7, 1, 5, 3, 6, 4},
		{7, 6, 4, 3, 1}, // prices only fall: no trade
		{2, 4, 1, 7},    // the later, lower minimum wins
		{5},
	}
	for _, prices := range examples {
		fmt.Printf("maxProfit(%v) = %d\n", prices, maxProfit(prices))
	}
}
