package main

import (
	"fmt"
	"reflect"
	"testing"
)

func testCopyMatrix(m [][]int) [][]int {
	out := make([][]int, len(m))
	for i, row := range m {
		out[i] = append([]int(nil), row...)
	}
	return out
}

func TestRotateImage(t *testing.T) {
	testCases := []struct {
		name   string
		matrix [][]int
		want   [][]int
	}{
		{"3 x 3", [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, [][]int{{7, 4, 1}, {8, 5, 2}, {9, 6, 3}}},
		{"4 x 4", [][]int{{5, 1, 9, 11}, {2, 4, 8, 10}, {13, 3, 6, 7}, {15, 14, 12, 16}},
			[][]int{{15, 13, 2, 5}, {14, 3, 4, 1}, {12, 6, 8, 9}, {16, 7, 10, 11}}},
		{"2 x 2", [][]int{{1, 2}, {3, 4}}, [][]int{{3, 1}, {4, 2}}},
		{"1 x 1", [][]int{{42}}, [][]int{{42}}},
		{"empty matrix", [][]int{}, [][]int{}},
		{"negatives and duplicates", [][]int{{-1, 0, -1}, {2, 2, 0}, {-3, 0, 5}}, [][]int{{-3, 2, -1}, {0, 2, 0}, {5, 0, -1}}},
		{"5 x 5", [][]int{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}, {21, 22, 23, 24, 25}},
			[][]int{{21, 16, 11, 6, 1}, {22, 17, 12, 7, 2}, {23, 18, 13, 8, 3}, {24, 19, 14, 9, 4}, {25, 20, 15, 10, 5}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("matrix = %v", tc.matrix)
			got := testCopyMatrix(tc.matrix)
			rotateImage(got)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
