package main

import "fmt"

// minEatingSpeed returns the smallest whole number of bananas per hour that
// finishes every pile within h hours, eating from one pile per hour. It
// binary-searches the speed: if speed k is fast enough, so is every k' > k,
// so the feasible speeds form a suffix of 1..max(piles).
func minEatingSpeed(piles []int, h int) int {
	lo, hi := 1, 1
	for _, p := range piles {
		if p > hi {
			hi = p // eating faster than the biggest pile never helps
		}
	}
	for lo < hi {
		k := lo + (hi-lo)/2
		if hoursAt(piles, k) <= h {
			hi = k // k works; a smaller speed may too
		} else {
			lo = k + 1
		}
	}
	return lo
}

// hoursAt returns the hours needed at speed k: each pile takes ceil(p/k).
func hoursAt(piles []int, k int) int {
	hours := 0
	for _, p := range piles {
		hours += (p + k - 1) / k
	}
	return hours
}

func main() {
	examples := []struct {
		piles []int
		h     int
	}{
		{[]int{3, 6, 7, 11}, 8},
		{[]int{9, 2, 15, 4}, 4}, // one hour per pile: speed = largest pile
		{[]int{9, 2, 15, 4}, 5},
		{[]int{10}, 3},
	}
	for _, ex := range examples {
		fmt.Printf("minEatingSpeed(%v, %d) = %d\n", ex.piles, ex.h, minEatingSpeed(ex.piles, ex.h))
	}
}
