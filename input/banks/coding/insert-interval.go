package main

import "fmt"

// insertInterval inserts newInterval into intervals, which must be sorted by
// start and non-overlapping, and merges wherever needed so the result is
// sorted and non-overlapping too. As in mergeIntervals, closed intervals
// that only touch, such as [1 2] and [2 3], count as overlapping. The input
// slice is not modified: the result is built in a new slice.
func insertInterval(intervals [][2]int, newInterval [2]int) [][2]int {
	out := make([][2]int, 0, len(intervals)+1)
	i, n := 0, len(intervals)

	// 1. Everything that ends before the new interval starts stays as is.
	for i < n && intervals[i][1] < newInterval[0] {
		out = append(out, intervals[i])
		i++
	}
	// 2. Everything that starts no later than the new interval ends
	// overlaps it: grow the new interval to cover each of them.
	merged := newInterval
	for i < n && intervals[i][0] <= merged[1] {
		if intervals[i][0] < merged[0] {
			merged[0] = intervals[i][0]
		}
		if intervals[i][1] > merged[1] {
			merged[1] = intervals[i][1]
		}
		i++
	}
	out = append(out, merged)
	// 3. The rest starts after the merged interval ends.
	return append(out, intervals[i:]...)
}

func main() {
	examples := []struct {
		intervals   [][2]int
		newInterval [2]int
	}{
		{[][2]int{{1, 3}, {6, 9}}, [2]int{2, 5}},
		{[][2]int{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, [2]int{4, 8}},
		{[][2]int{{1, 2}, {5, 6}}, [2]int{3, 4}},
		{[][2]int{}, [2]int{5, 7}},
	}
	for _, ex := range examples {
		fmt.Printf("insertInterval(%v, %v) = %v\n", ex.intervals, ex.newInterval, insertInterval(ex.intervals, ex.newInterval))
	}
}
