package main

import (
	"fmt"
	"testing"
)

func TestMaxSubArray(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"mixed signs", []int{-2, 1, -3, 4, -1, 2, 1, -5, 4}, 6},
		{"whole slice", []int{5, 4, -1, 7, 8}, 23},
		{"single element", []int{1}, 1},
		{"all negative", []int{-3, -1, -2}, -1},
		{"single negative", []int{-7}, -7},
		{"zeros and negatives", []int{-2, 0, -1}, 0},
		{"best run at the end", []int{-1, -2, 3, 4}, 7},
		{"dip worth crossing", []int{3, -2, 5}, 6},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("nums = %v", tc.nums)
			got := maxSubArray(append([]int(nil), tc.nums...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
