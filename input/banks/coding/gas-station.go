package main

import "fmt"

// canCompleteCircuit returns the index of the station from which a car with
// an empty tank can drive once around the circle, or -1 if no such station
// exists. gas[i] is the fuel picked up at station i and cost[i] the fuel
// needed to drive from station i to station i+1 (wrapping at the end).
func canCompleteCircuit(gas, cost []int) int {
	total, tank, start := 0, 0, 0
	for i := range gas {
		diff := gas[i] - cost[i]
		total += diff
		tank += diff
		if tank < 0 {
			// Starting anywhere in start..i fails before i+1: each of those
			// stations would arrive at i with no more fuel than we had, and
			// we ran dry. So the next candidate is i+1, with an empty tank.
			start = i + 1
			tank = 0
		}
	}
	// If the whole loop loses fuel, no start works. Otherwise the last
	// candidate works: it reaches the end, and the surplus it carries
	// covers the deficit of the prefix it skipped.
	if total < 0 {
		return -1
	}
	return start
}

func main() {
	examples := []struct{ gas, cost []int }{
		{[]int{1, 2, 3, 4, 5}, []int{3, 4, 5, 1, 2}},
		{[]int{2, 3, 4}, []int{3, 4, 3}},
		{[]int{5}, []int{4}},
		{[]int{3, 1, 1}, []int{1, 2, 2}},
	}
	for _, ex := range examples {
		fmt.Printf("canCompleteCircuit(%v, %v) = %d\n", ex.gas, ex.cost, canCompleteCircuit(ex.gas, ex.cost))
	}
}
