package main

import (
	"fmt"
	"sort"
)

// eraseOverlapIntervals returns the minimum number of intervals to remove so
// that the rest do not overlap. Here intervals that only touch, such as
// [1 2] and [2 3], do not overlap. The input slice is not modified.
func eraseOverlapIntervals(intervals [][2]int) int {
	if len(intervals) == 0 {
		return 0
	}
	sorted := append([][2]int(nil), intervals...)
	// Sort by end: the interval that finishes first leaves the most room
	// for everything after it, so keeping it is never a mistake.
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][1] < sorted[j][1] })

	kept := 1
	end := sorted[0][1]
	for _, cur := range sorted[1:] {
		if cur[0] >= end {
			// Starts at or after the last kept end: keep it.
			kept++
			end = cur[1]
		}
		// Otherwise it overlaps the last kept interval and ends no
		// earlier, so it is the one to drop.
	}
	return len(sorted) - kept
}

func main() {
	examples := [][][2]int{
		{{1, 2}, {2, 3}, {3, 4}, {1, 3}},
		{{1, 2}, {1, 2}, {1, 2}},
		{{1, 2}, {2, 3}},
		{{1, 100}, {11, 22}, {1, 11}, {2, 12}},
	}
	for _, in := range examples {
		fmt.Printf("eraseOverlapIntervals(%v) = %d\n", in, eraseOverlapIntervals(in))
	}
}
