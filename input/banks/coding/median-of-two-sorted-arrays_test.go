package main

import (
	"fmt"
	"math"
	"testing"
)

func TestFindMedianSortedArrays(t *testing.T) {
	testCases := []struct {
		name string
		a, b []int
		want float64
	}{
		{"odd total", []int{1, 3}, []int{2}, 2.0},
		{"even total", []int{1, 2}, []int{3, 4}, 2.5},
		{"first empty", []int{}, []int{7}, 7.0},
		{"second empty", []int{1, 2, 3, 4}, []int{}, 2.5},
		{"interleaved", []int{1, 5, 9, 13}, []int{2, 3, 4, 6, 7}, 5.0},
		{"negatives", []int{-5, -3}, []int{-4, -1, 0}, -3.0},
		{"duplicates", []int{1, 1}, []int{1, 1}, 1.0},
		{"large values", []int{2000000000}, []int{2100000000}, 2050000000.0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("a = %v, b = %v", tc.a, tc.b)
			got := findMedianSortedArrays(append([]int(nil), tc.a...), append([]int(nil), tc.b...))
			if math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
