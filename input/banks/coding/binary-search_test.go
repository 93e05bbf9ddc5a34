package main

import (
	"fmt"
	"testing"
)

func TestSearch(t *testing.T) {
	testCases := []struct {
		name   string
		nums   []int
		target int
		want   int
	}{
		{"present", []int{-1, 0, 3, 5, 9, 12}, 9, 4},
		{"absent", []int{-1, 0, 3, 5, 9, 12}, 2, -1},
		{"empty", []int{}, 4, -1},
		{"first element", []int{-1, 0, 3, 5, 9, 12}, -1, 0},
		{"last element", []int{-1, 0, 3, 5, 9, 12}, 12, 5},
		{"below the range", []int{2, 4, 6}, 1, -1},
		{"above the range", []int{2, 4, 6}, 7, -1},
		{"single element", []int{5}, 5, 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, target = %d", tc.nums, tc.target)
			got := search(tc.nums, tc.target)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
