package main

import (
	"fmt"
	"testing"
)

func TestMaxProfit(t *testing.T) {
	testCases := []struct {
		name   string
		prices []int
		want   int
	}{
		{"buy low sell high", []int{7, 1, 5, 3, 6, 4}, 5},
		{"prices only fall", []int{7, 6, 4, 3, 1}, 0},
		{"new minimum later", []int{2, 4, 1, 7}, 6},
		{"best pair is not global extremes", []int{3, 8, 1, 2}, 5},
		{"single day", []int{5}, 0},
		{"empty", []int{}, 0},
		{"flat prices", []int{4, 4, 4}, 0},
		{"rise at the end", []int{9, 8, 2, 3, 10}, 8},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("prices = %v", tc.prices)
			got := maxProfit(tc.prices)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
