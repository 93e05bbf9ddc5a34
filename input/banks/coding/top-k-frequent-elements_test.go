package main

import (
	"fmt"
	"sort"
	"testing"
)

func TestTopKFrequent(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		k    int
		want []int // sorted; the result may come in any order
	}{
		{
			name: "two most frequent",
			nums: []int{4, 4, 4, 6, 6, 9, 9, 9, 9, 2},
			k:    2,
			want: []int{4, 9},
		},
		{
			name: "negative values",
			nums: []int{-1, -1, 3},
			k:    1,
			want: []int{-1},
		},
		{
			name: "single element",
			nums: []int{42},
			k:    1,
			want: []int{42},
		},
		{
			name: "k equals number of distinct values",
			nums: []int{3, 1, 2, 1, 3, 3},
			k:    3,
			want: []int{1, 2, 3},
		},
		{
			name: "tie inside the answer",
			nums: []int{5, 8, 8, 5, 7},
			k:    2,
			want: []int{5, 8},
		},
		{
			name: "every value once except one",
			nums: []int{10, 20, 30, 40, 30},
			k:    1,
			want: []int{30},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := topKFrequent(append([]int(nil), tc.nums...), tc.k)
			sorted := append([]int(nil), got...)
			sort.Ints(sorted)
			if !testEqualInts(sorted, tc.want) {
				input := fmt.Sprintf("nums = %v, k = %d", tc.nums, tc.k)
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
