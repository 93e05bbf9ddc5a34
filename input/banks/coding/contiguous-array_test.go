package main

import (
	"fmt"
	"testing"
)

func TestFindMaxLength(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"balanced prefix", []int{0, 1, 1, 0, 1}, 4},
		{"balanced middle", []int{1, 1, 0, 1, 1, 0, 0, 1}, 6},
		{"only ones", []int{1, 1, 1}, 0},
		{"empty slice", []int{}, 0},
		{"single pair", []int{1, 0}, 2},
		{"whole slice", []int{0, 0, 1, 0, 1, 1}, 6},
		{"single element", []int{0}, 0},
		{"balanced suffix", []int{1, 1, 1, 1, 0, 0}, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := findMaxLength(tc.nums)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
