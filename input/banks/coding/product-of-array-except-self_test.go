package main

import (
	"fmt"
	"testing"
)

// testEqualInts compares two int slices element by element, so nil and an
// empty slice count as equal.
func testEqualInts(a, b []int) bool {
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

func TestProductExceptSelf(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want []int
	}{
		{"small positives", []int{1, 2, 3, 4}, []int{24, 12, 8, 6}},
		{"one zero", []int{-1, 1, 0, -3, 3}, []int{0, 0, 9, 0, 0}},
		{"two zeros", []int{2, 0, 5, 0}, []int{0, 0, 0, 0}},
		{"two elements", []int{7, 3}, []int{3, 7}},
		{"negatives", []int{-2, -3, 4}, []int{-12, -8, 6}},
		{"duplicates", []int{5, 5, 5}, []int{25, 25, 25}},
		{"single element", []int{9}, []int{1}},
		{"empty", []int{}, []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := productExceptSelf(tc.nums)
			if !testEqualInts(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
