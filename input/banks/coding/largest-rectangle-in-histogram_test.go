package main

import (
	"fmt"
	"testing"
)

func TestLargestRectangleArea(t *testing.T) {
	testCases := []struct {
		name    string
		heights []int
		want    int
	}{
		{"two tall bars in the middle", []int{2, 1, 5, 6, 2, 3}, 10},
		{"two bars", []int{2, 4}, 4},
		{"all equal", []int{3, 3, 3, 3}, 12},
		{"low bar spans everything", []int{6, 2, 5, 4, 5, 1, 6}, 12},
		{"single bar", []int{7}, 7},
		{"empty", []int{}, 0},
		{"zero height gap", []int{4, 0, 4}, 4},
		{"increasing", []int{1, 2, 3, 4, 5}, 9},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("heights = %v", tc.heights)
			got := largestRectangleArea(tc.heights)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
