package main

import (
	"fmt"
	"testing"
)

func TestCountBits(t *testing.T) {
	testCases := []struct {
		name string
		n    int
		want []int
	}{
		{"zero", 0, []int{0}},
		{"one", 1, []int{0, 1}},
		{"two", 2, []int{0, 1, 1}},
		{"five", 5, []int{0, 1, 1, 2, 1, 2}},
		{"up to a power of two", 8, []int{0, 1, 1, 2, 1, 2, 2, 3, 1}},
		{"sixteen", 16, []int{0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 1}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("n = %d", tc.n)
			got := countBits(tc.n)
			ok := len(got) == len(tc.want)
			for i := 0; ok && i < len(got); i++ {
				ok = got[i] == tc.want[i]
			}
			if !ok {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
