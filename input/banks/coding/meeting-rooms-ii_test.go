package main

import (
	"fmt"
	"testing"
)

func TestMinMeetingRooms(t *testing.T) {
	testCases := []struct {
		name      string
		intervals [][2]int
		want      int
	}{
		{"one long meeting", [][2]int{{0, 30}, {5, 10}, {15, 20}}, 2},
		{"no overlap", [][2]int{{7, 10}, {2, 4}}, 1},
		{"empty input", [][2]int{}, 0},
		{"single meeting", [][2]int{{3, 4}}, 1},
		{"back to back", [][2]int{{1, 5}, {5, 10}}, 1},
		{"nested", [][2]int{{1, 10}, {2, 9}, {3, 8}}, 3},
		{"same times", [][2]int{{1, 5}, {1, 5}, {5, 6}}, 2},
		{"chain of overlaps", [][2]int{{9, 12}, {1, 4}, {2, 6}, {5, 8}, {7, 10}}, 2},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("intervals = %v", tc.intervals)
			got := minMeetingRooms(append([][2]int(nil), tc.intervals...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
