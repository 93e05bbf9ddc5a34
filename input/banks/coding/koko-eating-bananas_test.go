package main

import (
	"fmt"
	"testing"
)

func TestMinEatingSpeed(t *testing.T) {
	testCases := []struct {
		name  string
		piles []int
		h     int
		want  int
	}{
		{"several hours to spare", []int{3, 6, 7, 11}, 8, 4},
		{"one hour per pile", []int{9, 2, 15, 4}, 4, 15},
		{"one spare hour", []int{9, 2, 15, 4}, 5, 9},
		{"single pile", []int{10}, 3, 4},
		{"plenty of time", []int{5, 9, 2}, 100, 1},
		{"ones", []int{1, 1, 1, 1}, 4, 1},
		{"huge pile", []int{1000000000}, 2, 500000000},
		{"many huge piles", []int{1000000000, 1000000000, 1000000000}, 1000000000, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("piles = %v, h = %d", tc.piles, tc.h)
			got := minEatingSpeed(tc.piles, tc.h)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
