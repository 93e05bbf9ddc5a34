package main

import (
	"fmt"
	"testing"
)

func TestEraseOverlapIntervals(t *testing.T) {
	testCases := []struct {
		name      string
		intervals [][2]int
		want      int
	}{
		{"one long interval", [][2]int{{1, 2}, {2, 3}, {3, 4}, {1, 3}}, 1},
		{"all identical", [][2]int{{1, 2}, {1, 2}, {1, 2}}, 2},
		{"touching only", [][2]int{{1, 2}, {2, 3}}, 0},
		{"empty input", [][2]int{}, 0},
		{"single interval", [][2]int{{5, 9}}, 0},
		{"long one spans the rest", [][2]int{{1, 100}, {11, 22}, {1, 11}, {2, 12}}, 2},
		{"negative bounds", [][2]int{{-5, -1}, {-3, 2}, {0, 4}}, 1},
		{"unsorted input", [][2]int{{6, 9}, {0, 3}, {2, 7}, {3, 5}}, 1},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("intervals = %v", tc.intervals)
			got := eraseOverlapIntervals(append([][2]int(nil), tc.intervals...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
