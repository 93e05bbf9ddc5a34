package main

import (
	"fmt"
	"testing"
)

func TestLongestConsecutive(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"run of four", []int{100, 4, 200, 1, 3, 2}, 4},
		{"whole input with a duplicate", []int{0, 3, 7, 2, 5, 8, 4, 6, 0, 1}, 9},
		{"duplicates", []int{1, 2, 2, 3}, 3},
		{"empty", []int{}, 0},
		{"single element", []int{42}, 1},
		{"no neighbours", []int{10, 30, 20}, 1},
		{"negatives", []int{-1, -3, -2, 5, 0}, 4},
		{"two runs", []int{9, 1, 8, 2, 7, 3, 6}, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := longestConsecutive(tc.nums)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
