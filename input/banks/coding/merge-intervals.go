package main

import (
	"fmt"
	"sort"
)

// mergeIntervals merges every group of overlapping [start, end] intervals
// and returns the result sorted by start. Intervals that only touch, such as
// [1 4] and [4 5], count as overlapping. The input slice is not modified.
func mergeIntervals(intervals [][2]int) [][2]int {
	if len(intervals) == 0 {
		return nil
	}
	sorted := append([][2]int(nil), intervals...)
	// Go 1.21+: slices.SortFunc(sorted, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })

	merged := [][2]int{sorted[0]}
	for _, cur := range sorted[1:] {
		last := &merged[len(merged)-1]
		if cur[0] <= last[1] {
			// Overlap: extend the open interval, but never shrink it,
			// because cur may sit entirely inside last.
			if cur[1] > last[1] {
				last[1] = cur[1]
			}
			continue
		}
		merged = append(merged, cur)
	}
	return merged
}

func main() {
	examples := [][][2]int{
		{{1, 3}, {2, 6}, {8, 10}, {15, 18}},
		{{1, 4}, {4, 5}},
		{{6, 8}, {1, 9}, {2, 4}, {10, 12}},
		{},
	}
	for _, in := range examples {
		fmt.Printf("mergeIntervals(%v) = %v\n", in, mergeIntervals(in))
	}
}
