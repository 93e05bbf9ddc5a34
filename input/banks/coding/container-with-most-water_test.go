package main

import (
	"fmt"
	"testing"
)

func TestMaxArea(t *testing.T) {
	testCases := []struct {
		name   string
		height []int
		want   int
	}{
		{"inner tall lines", []int{1, 8, 6, 2, 5, 4, 8, 3, 7}, 49},
		{"two lines", []int{1, 1}, 1},
		{"outermost pair", []int{4, 3, 2, 1, 4}, 16},
		{"single line", []int{5}, 0},
		{"empty", []int{}, 0},
		{"zero heights", []int{0, 0, 0}, 0},
		{"tall lines close together", []int{1, 2, 100, 100, 2, 1}, 100},
		{"increasing", []int{1, 2, 3, 4, 5}, 6},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("height = %v", tc.height)
			got := maxArea(tc.height)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
