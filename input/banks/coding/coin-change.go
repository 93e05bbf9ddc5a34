// Coin change: the fewest coins that add up to an amount.
package main

import "fmt"

// coinChange returns the minimum number of coins from coins (each usable
// any number of times) that sum to amount, or -1 if no combination works.
// best[x] holds the answer for the smaller amount x, built from 0 upward.
func coinChange(coins []int, amount int) int {
	if amount < 0 {
		return -1
	}
	// amount+1 coins is more than any real answer can use (the smallest
	// coin is 1), so it works as "unreachable" and cannot overflow.
	unreachable := amount + 1
	best := make([]int, amount+1)
	for x := 1; x <= amount; x++ {
		best[x] = unreachable
		for _, c := range coins {
			if c <= 0 || c > x {
				continue
			}
			// On Go 1.21+ this is best[x] = min(best[x], best[x-c]+1) with the
			// built-in min; the comparison below also runs on older Go.
			if candidate := best[x-c] + 1; candidate < best[x] {
				best[x] = candidate
			}
		}
	}
	if best[amount] == unreachable {
		return -1
	}
	return best[amount]
}

func main() {
	examples := []struct {
		coins  []int
		amount int
	}{
		{[]int{1, 2, 5}, 11},
		{[]int{1, 3, 4}, 6}, // greedy would pick 4+1+1; the best is 3+3
		{[]int{2}, 3},
		{[]int{7}, 0},
	}
	for _, ex := range examples {
		fmt.Printf("coinChange(%v, %d) = %d\n", ex.coins, ex.amount, coinChange(ex.coins, ex.amount))
	}
}
