package main

import (
	"fmt"
	"sort"
)

// minMeetingRooms returns the smallest number of rooms that can host all
// meetings. A meeting [start, end] occupies its room up to, but not
// including, end: a meeting ending at 10 frees its room for one starting at
// 10. Every meeting must have start < end. The input slice is not modified.
func minMeetingRooms(intervals [][2]int) int {
	n := len(intervals)
	starts := make([]int, n)
	ends := make([]int, n)
	for i, m := range intervals {
		starts[i], ends[i] = m[0], m[1]
	}
	// Which meeting a start or end belongs to does not matter, only how
	// many meetings are running at each moment, so sort the two separately.
	sort.Ints(starts)
	sort.Ints(ends)

	rooms, best, e := 0, 0, 0
	for _, s := range starts {
		// Free every room whose meeting ended by the time this one starts.
		// Using <= lets a meeting reuse a room released at the same instant.
		// With start < end for every meeting, e never passes the current
		// meeting's index; the bound check only guards against bad input.
		for e < n && ends[e] <= s {
			rooms--
			e++
		}
		rooms++
		if rooms > best {
			best = rooms
		}
	}
	return best
}

func main() {
	examples := [][][2]int{
		{{0, 30}, {5, 10}, {15, 20}},
		{{7, 10}, {2, 4}},
		{{1, 5}, {5, 10}},
		{{1, 10}, {2, 9}, {3, 8}},
	}
	for _, in := range examples {
		fmt.Printf("minMeetingRooms(%v) = %d\n", in, minMeetingRooms(in))
	}
}
