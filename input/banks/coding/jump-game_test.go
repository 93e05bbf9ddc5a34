package main

import (
	"fmt"
	"testing"
)

func TestCanJump(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want bool
	}{
		{"reachable", []int{2, 3, 1, 1, 4}, true},
		{"stuck on a zero", []int{3, 2, 1, 0, 4}, false},
		{"single element", []int{0}, true},
		{"zero at the start", []int{0, 1}, false},
		{"zeros at the end", []int{2, 0, 0}, true},
		{"jump over a zero", []int{1, 2, 0, 1}, true},
		{"ones then a gap", []int{1, 1, 0, 1}, false},
		{"one big jump", []int{5, 0, 0, 0, 0, 0}, true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("nums = %v", tc.nums)
			got := canJump(append([]int(nil), tc.nums...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
