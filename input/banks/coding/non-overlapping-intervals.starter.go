package main

// eraseOverlapIntervals returns the minimum number of intervals to remove so that the rest do not overlap.
func eraseOverlapIntervals(intervals [][2]int) int {
	return 0
}
