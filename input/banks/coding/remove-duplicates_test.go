package main

import (
	"fmt"
	"reflect"
	"testing"
)

func TestRemoveDuplicates(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want []int // the expected unique prefix; k must equal len(want)
	}{
		{"one duplicate", []int{1, 1, 2}, []int{1, 2}},
		{"several runs", []int{0, 0, 1, 1, 1, 2, 2, 3, 3, 4}, []int{0, 1, 2, 3, 4}},
		{"all the same", []int{5, 5, 5}, []int{5}},
		{"already unique", []int{1, 2, 3}, []int{1, 2, 3}},
		{"negatives", []int{-3, -3, -1, 0, 0, 2}, []int{-3, -1, 0, 2}},
		{"single element", []int{7}, []int{7}},
		{"empty", []int{}, []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			nums := append([]int{}, tc.nums...) // the function rewrites this copy
			k := removeDuplicates(nums)
			var prefix []int
			if k >= 0 && k <= len(nums) {
				prefix = nums[:k]
			}
			if k != len(tc.want) || !reflect.DeepEqual(append([]int{}, prefix...), tc.want) {
				got := fmt.Sprintf("k = %d, nums[:k] = %v", k, prefix)
				want := fmt.Sprintf("k = %d, nums[:k] = %v", len(tc.want), tc.want)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, want)
			}
		})
	}
}
