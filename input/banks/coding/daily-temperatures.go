package main

import "fmt"

// dailyTemperatures returns, for each day, how many days you wait until a
// strictly warmer day, or 0 if none comes. A stack holds the indices of days
// still waiting for a warmer day; their temperatures never increase from
// bottom to top, so a new day resolves waiters from the top down.
func dailyTemperatures(temps []int) []int {
	wait := make([]int, len(temps))
	stack := make([]int, 0, len(temps)) // indices of unresolved days
	for i, t := range temps {
		for len(stack) > 0 && temps[stack[len(stack)-1]] < t {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			wait[j] = i - j
		}
		stack = append(stack, i)
	}
	// Days left on the stack never see a warmer day; wait already holds 0.
	return wait
}

func main() {
	examples := [][]int{
		{73, 74, 75, 71, 69, 72, 76, 73},
		{30, 40, 50, 60},
		{60, 50, 40},
		{50, 50, 51}, // equal is not warmer
	}
	for _, temps := range examples {
		fmt.Printf("dailyTemperatures(%v) = %v\n", temps, dailyTemperatures(temps))
	}
}
