package main

import (
	"fmt"
	"testing"
)

func TestSubarraySum(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		k    int
		want int
	}{
		{"overlapping pairs", []int{1, 2, 1, 2}, 3, 3},
		{"negatives inside", []int{4, -1, 1, 4}, 4, 4},
		{"all zeros, k zero", []int{0, 0, 0}, 0, 6},
		{"empty slice", []int{}, 0, 0},
		{"single match", []int{5}, 5, 1},
		{"no match", []int{1, 2, 3}, 7, 0},
		{"negative target", []int{-1, -1, 1, -1}, -2, 2},
		{"cancelling pairs", []int{1, -1, 1, -1}, 0, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, k = %d", tc.nums, tc.k)
			got := subarraySum(tc.nums, tc.k)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
