package main

import (
	"fmt"
	"testing"
)

func testEqualIntervals(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestInsertInterval(t *testing.T) {
	testCases := []struct {
		name        string
		intervals   [][2]int
		newInterval [2]int
		want        [][2]int
	}{
		{"overlaps one", [][2]int{{1, 3}, {6, 9}}, [2]int{2, 5}, [][2]int{{1, 5}, {6, 9}}},
		{"overlaps several", [][2]int{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, [2]int{4, 8}, [][2]int{{1, 2}, {3, 10}, {12, 16}}},
		{"empty list", [][2]int{}, [2]int{5, 7}, [][2]int{{5, 7}}},
		{"fits in a gap", [][2]int{{1, 2}, {5, 6}}, [2]int{3, 4}, [][2]int{{1, 2}, {3, 4}, {5, 6}}},
		{"before all", [][2]int{{3, 4}, {6, 8}}, [2]int{0, 1}, [][2]int{{0, 1}, {3, 4}, {6, 8}}},
		{"after all", [][2]int{{1, 2}, {3, 4}}, [2]int{6, 7}, [][2]int{{1, 2}, {3, 4}, {6, 7}}},
		{"touches both neighbours", [][2]int{{1, 2}, {5, 6}}, [2]int{2, 5}, [][2]int{{1, 6}}},
		{"covers everything", [][2]int{{2, 3}, {4, 5}, {7, 9}}, [2]int{1, 10}, [][2]int{{1, 10}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("intervals = %v, newInterval = %v", tc.intervals, tc.newInterval)
			got := insertInterval(append([][2]int(nil), tc.intervals...), tc.newInterval)
			if !testEqualIntervals(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
