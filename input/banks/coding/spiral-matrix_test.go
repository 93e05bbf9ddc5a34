package main

import (
	"fmt"
	"testing"
)

func testEqualInts(a, b []int) bool {
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

func TestSpiralOrder(t *testing.T) {
	testCases := []struct {
		name   string
		matrix [][]int
		want   []int
	}{
		{"3 x 3", [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}, []int{1, 2, 3, 6, 9, 8, 7, 4, 5}},
		{"3 x 4", [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}, []int{1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7}},
		{"single row", [][]int{{1, 2, 3}}, []int{1, 2, 3}},
		{"single column", [][]int{{1}, {2}, {3}}, []int{1, 2, 3}},
		{"1 x 1", [][]int{{7}}, []int{7}},
		{"empty matrix", [][]int{}, []int{}},
		{"4 x 2", [][]int{{1, 2}, {3, 4}, {5, 6}, {7, 8}}, []int{1, 2, 4, 6, 8, 7, 5, 3}},
		{"3 x 5 with a middle row left", [][]int{{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}},
			[]int{1, 2, 3, 4, 5, 10, 15, 14, 13, 12, 11, 6, 7, 8, 9}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("matrix = %v", tc.matrix)
			got := spiralOrder(tc.matrix)
			if !testEqualInts(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
