package main

import (
	"fmt"
	"testing"
)

func TestLengthOfLIS(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"mixed", []int{10, 9, 2, 5, 3, 7, 101, 18}, 4},
		{"dips and repeats", []int{0, 1, 0, 3, 2, 3}, 4},
		{"all equal", []int{7, 7, 7, 7}, 1},
		{"strictly decreasing", []int{5, 4, 3, 2, 1}, 1},
		{"already increasing", []int{-3, -1, 0, 4, 9}, 5},
		{"single element", []int{42}, 1},
		{"negatives", []int{-2, -10, -1, -5, 0, -4, 3}, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := lengthOfLIS(append([]int(nil), tc.nums...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
