package main

import (
	"fmt"
	"testing"
)

func TestNumArray(t *testing.T) {
	testCases := []struct {
		name    string
		nums    []int
		queries [][2]int
		want    []int
	}{
		{"mixed signs", []int{3, -1, 4, 1, -5, 9}, [][2]int{{0, 2}, {2, 5}, {0, 5}, {4, 4}}, []int{6, 9, 11, -5}},
		{"single element", []int{7}, [][2]int{{0, 0}}, []int{7}},
		{"prefix and suffix", []int{1, 2, 3, 4}, [][2]int{{0, 0}, {3, 3}, {0, 3}, {1, 2}}, []int{1, 4, 10, 5}},
		{"all negative", []int{-2, -4, -6}, [][2]int{{0, 1}, {1, 2}}, []int{-6, -10}},
		{"sums cancel out", []int{5, -5, 5, -5}, [][2]int{{0, 1}, {0, 3}, {1, 2}}, []int{0, 0, 0}},
		{"large values", []int{1 << 40, 1 << 40, 1 << 40}, [][2]int{{0, 2}}, []int{3 << 40}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, queries = %v", tc.nums, tc.queries)
			na := NewNumArray(tc.nums)
			got := make([]int, len(tc.queries))
			for i, q := range tc.queries {
				got[i] = na.SumRange(q[0], q[1])
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
