package main

import (
	"fmt"
	"testing"
)

// testSameInts compares two int slices element by element, so nil and an
// empty slice count as equal.
func testSameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDailyTemperatures(t *testing.T) {
	testCases := []struct {
		name  string
		temps []int
		want  []int
	}{
		{"mixed week", []int{73, 74, 75, 71, 69, 72, 76, 73}, []int{1, 1, 4, 2, 1, 1, 0, 0}},
		{"strictly rising", []int{30, 40, 50, 60}, []int{1, 1, 1, 0}},
		{"strictly falling", []int{60, 50, 40}, []int{0, 0, 0}},
		{"equal is not warmer", []int{50, 50, 51}, []int{2, 1, 0}},
		{"single day", []int{70}, []int{0}},
		{"empty", []int{}, []int{}},
		{"long wait", []int{80, 60, 70, 65, 90}, []int{4, 1, 2, 1, 0}},
		{"negatives", []int{-5, -10, -3}, []int{2, 1, 0}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("temperatures = %v", tc.temps)
			got := dailyTemperatures(tc.temps)
			if !testSameInts(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
