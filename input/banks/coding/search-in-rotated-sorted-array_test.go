package main

import (
	"fmt"
	"testing"
)

func TestSearchRotated(t *testing.T) {
	testCases := []struct {
		name   string
		nums   []int
		target int
		want   int
	}{
		{"target after the pivot", []int{4, 5, 6, 7, 0, 1, 2}, 0, 4},
		{"absent", []int{4, 5, 6, 7, 0, 1, 2}, 3, -1},
		{"target before the pivot", []int{6, 8, 1, 3}, 8, 1},
		{"single element found", []int{1}, 1, 0},
		{"single element missing", []int{1}, 2, -1},
		{"empty", []int{}, 5, -1},
		{"not rotated", []int{1, 3, 5, 7, 9}, 9, 4},
		{"negatives, last index", []int{2, 5, -7, -3, 0}, 0, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, target = %d", tc.nums, tc.target)
			got := searchRotated(tc.nums, tc.target)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
