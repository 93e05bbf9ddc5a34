package main

import (
	"fmt"
	"reflect"
	"testing"
)

func TestMerge(t *testing.T) {
	testCases := []struct {
		name  string
		nums1 []int
		m     int
		nums2 []int
		want  []int
	}{
		{"interleaved", []int{1, 2, 3, 0, 0, 0}, 3, []int{2, 5, 6}, []int{1, 2, 2, 3, 5, 6}},
		{"nums2 all smaller", []int{4, 5, 6, 0, 0, 0}, 3, []int{1, 2, 3}, []int{1, 2, 3, 4, 5, 6}},
		{"nums1 empty", []int{0}, 0, []int{1}, []int{1}},
		{"nums2 empty", []int{7}, 1, []int{}, []int{7}},
		{"negatives", []int{-5, 0, 0, 0}, 1, []int{-7, -5, 3}, []int{-7, -5, -5, 3}},
		{"equal values", []int{2, 2, 0, 0}, 2, []int{2, 2}, []int{2, 2, 2, 2}},
		{"both empty", []int{}, 0, []int{}, []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums1 = %v, m = %d, nums2 = %v, n = %d", tc.nums1, tc.m, tc.nums2, len(tc.nums2))
			got := append([]int{}, tc.nums1...) // merge writes into this copy
			merge(got, tc.m, append([]int{}, tc.nums2...), len(tc.nums2))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
