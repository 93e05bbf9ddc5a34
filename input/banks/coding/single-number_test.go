package main

import (
	"fmt"
	"testing"
)

func TestSingleNumber(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"single at the end", []int{2, 2, 1}, 1},
		{"single at the start", []int{4, 1, 2, 1, 2}, 4},
		{"one element", []int{1}, 1},
		{"negative pair", []int{-3, 7, -3}, 7},
		{"negative single", []int{5, -1, 5}, -1},
		{"zero is the single", []int{6, 0, 6}, 0},
		{"large values", []int{1 << 30, -(1 << 30), 1 << 30}, -(1 << 30)},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("nums = %v", tc.nums)
			got := singleNumber(append([]int(nil), tc.nums...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
