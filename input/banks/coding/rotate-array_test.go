package main

import (
	"fmt"
	"reflect"
	"testing"
)

func TestRotate(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		k    int
		want []int
	}{
		{"rotate by three", []int{1, 2, 3, 4, 5, 6, 7}, 3, []int{5, 6, 7, 1, 2, 3, 4}},
		{"negatives", []int{-1, -100, 3, 99}, 2, []int{3, 99, -1, -100}},
		{"k larger than length", []int{1, 2}, 5, []int{2, 1}},
		{"k is zero", []int{1, 2, 3}, 0, []int{1, 2, 3}},
		{"k equals length", []int{1, 2, 3}, 3, []int{1, 2, 3}},
		{"huge k", []int{1, 2, 3, 4}, 1000000001, []int{4, 1, 2, 3}},
		{"single element", []int{9}, 4, []int{9}},
		{"empty", []int{}, 3, []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, k = %d", tc.nums, tc.k)
			got := append([]int{}, tc.nums...) // rotate works in place on this copy
			rotate(got, tc.k)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
