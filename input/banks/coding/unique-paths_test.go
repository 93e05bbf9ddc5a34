package main

import (
	"fmt"
	"testing"
)

func TestUniquePaths(t *testing.T) {
	testCases := []struct {
		name string
		m, n int
		want int
	}{
		{"three by four", 3, 4, 10},
		{"four by five", 4, 5, 35},
		{"single cell", 1, 1, 1},
		{"single row", 1, 5, 1},
		{"single column", 6, 1, 1},
		{"two by two", 2, 2, 2},
		{"ten by ten", 10, 10, 48620},
		{"large answer", 17, 18, 1166803110},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("m = %d, n = %d", tc.m, tc.n)
			got := uniquePaths(tc.m, tc.n)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
