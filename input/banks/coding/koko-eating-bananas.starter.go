package main

// minEatingSpeed returns the minimum integer eating speed that finishes all piles within h hours.
func minEatingSpeed(piles []int, h int) int {
	return 0
}
