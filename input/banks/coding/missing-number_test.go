package main

import (
	"fmt"
	"testing"
)

func TestMissingNumber(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want int
	}{
		{"missing in the middle", []int{3, 0, 1}, 2},
		{"missing the largest", []int{0, 1}, 2},
		{"longer shuffled", []int{9, 6, 4, 2, 3, 5, 7, 0, 1}, 8},
		{"missing zero", []int{1}, 0},
		{"one element, zero present", []int{0}, 1},
		{"empty input", []int{}, 0},
		{"missing zero, longer", []int{5, 2, 4, 1, 3}, 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("nums = %v", tc.nums)
			got := missingNumber(append([]int(nil), tc.nums...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
