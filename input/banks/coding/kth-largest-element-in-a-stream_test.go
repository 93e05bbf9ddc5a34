package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestKthLargest(t *testing.T) {
	testCases := []struct {
		name string
		k    int
		nums []int
		adds []int
		want []int // result of each Add, in order
	}{
		{
			name: "prompt example",
			k:    3,
			nums: []int{10, 4, 7, 1},
			adds: []int{5, 2, 12, 9, 7},
			want: []int{5, 5, 7, 9, 9},
		},
		{
			name: "k is 1: running maximum",
			k:    1,
			nums: []int{},
			adds: []int{-3, -5, 2, 2, 1},
			want: []int{-3, -3, 2, 2, 2},
		},
		{
			name: "starts with k-1 values",
			k:    2,
			nums: []int{6},
			adds: []int{3, 8, 4, 7},
			want: []int{3, 6, 6, 7},
		},
		{
			name: "duplicates count separately",
			k:    3,
			nums: []int{5, 5, 5},
			adds: []int{5, 6, 6, 6},
			want: []int{5, 5, 5, 6},
		},
		{
			name: "negative values",
			k:    2,
			nums: []int{-10, -20, -30},
			adds: []int{-25, -15, -1},
			want: []int{-20, -15, -10},
		},
		{
			name: "values below the answer change nothing",
			k:    4,
			nums: []int{9, 8, 7, 6, 5},
			adds: []int{1, 2, 3},
			want: []int{6, 6, 6},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			kl := NewKthLargest(tc.k, append([]int{}, tc.nums...))
			var got []int
			var calls []string
			for _, v := range tc.adds {
				calls = append(calls, fmt.Sprintf("Add(%d)", v))
				got = append(got, kl.Add(v))
			}
			if !testEqualInts(got, tc.want) {
				input := fmt.Sprintf("k = %d, nums = %v, %s", tc.k, tc.nums, strings.Join(calls, ", "))
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

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
