package main

import (
	"fmt"
	"testing"
)

func TestTrap(t *testing.T) {
	testCases := []struct {
		name   string
		height []int
		want   int
	}{
		{"several pools", []int{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1}, 6},
		{"deep basin", []int{4, 2, 0, 3, 2, 5}, 9},
		{"rising bars", []int{1, 2, 3, 4}, 0},
		{"valley", []int{3, 0, 3}, 3},
		{"uneven walls", []int{5, 1, 1, 2}, 2},
		{"flat", []int{2, 2, 2}, 0},
		{"single bar", []int{7}, 0},
		{"empty", []int{}, 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("height = %v", tc.height)
			got := trap(append([]int(nil), tc.height...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
