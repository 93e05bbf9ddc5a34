package main

import (
	"fmt"
	"testing"
)

func TestRob(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"first and last", []int{2, 1, 4, 9}, 11},
		{"skip two in a row", []int{5, 3, 4, 11, 2}, 16},
		{"one house", []int{7}, 7},
		{"no houses", []int{}, 0},
		{"two houses", []int{3, 8}, 8},
		{"all zeros", []int{0, 0, 0}, 0},
		{"longer street", []int{6, 7, 1, 3, 8, 2, 4}, 19},
		{"large amounts", []int{400, 1, 400, 1, 400}, 1200},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := rob(tc.nums)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
