package main

import (
	"fmt"
	"reflect"
	"testing"
)

func TestMergeIntervals(t *testing.T) {
	testCases := []struct {
		name      string
		intervals [][2]int
		want      [][2]int
	}{
		{"one overlap", [][2]int{{1, 3}, {2, 6}, {8, 10}, {15, 18}}, [][2]int{{1, 6}, {8, 10}, {15, 18}}},
		{"touching ends", [][2]int{{1, 4}, {4, 5}}, [][2]int{{1, 5}}},
		{"unsorted and contained", [][2]int{{6, 8}, {1, 9}, {2, 4}, {10, 12}}, [][2]int{{1, 9}, {10, 12}}},
		{"no overlap, unsorted", [][2]int{{5, 6}, {1, 2}, {3, 4}}, [][2]int{{1, 2}, {3, 4}, {5, 6}}},
		{"all merge into one", [][2]int{{2, 3}, {1, 10}, {4, 5}, {9, 12}}, [][2]int{{1, 12}}},
		{"point intervals", [][2]int{{3, 3}, {3, 3}, {-1, 0}}, [][2]int{{-1, 0}, {3, 3}}},
		{"single interval", [][2]int{{1, 2}}, [][2]int{{1, 2}}},
		{"empty", [][2]int{}, [][2]int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("%v", tc.intervals)
			got := mergeIntervals(append([][2]int(nil), tc.intervals...))
			same := reflect.DeepEqual(got, tc.want) || (len(got) == 0 && len(tc.want) == 0)
			if !same {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
