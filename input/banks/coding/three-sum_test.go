package main

import (
	"fmt"
	"reflect"
	"sort"
	"testing"
)

func TestThreeSum(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want [][]int
	}{
		{"two triplets", []int{-1, 0, 1, 2, -1, -4}, [][]int{{-1, -1, 2}, {-1, 0, 1}}},
		{"all zeros", []int{0, 0, 0, 0}, [][]int{{0, 0, 0}}},
		{"repeated values", []int{-2, 0, 1, 1, 2}, [][]int{{-2, 0, 2}, {-2, 1, 1}}},
		{"no triplet", []int{1, 2, -2, -1}, [][]int{}},
		{"many duplicates", []int{-1, -1, -1, 2, 2, 2, 0, 1, 1}, [][]int{{-1, -1, 2}, {-1, 0, 1}}},
		{"fewer than three", []int{0, 0}, [][]int{}},
		{"empty", []int{}, [][]int{}},
		{"all positive", []int{1, 2, 3, 4}, [][]int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v", tc.nums)
			got := threeSum(append([]int(nil), tc.nums...))
			if !reflect.DeepEqual(testNormalize(got), testNormalize(tc.want)) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, fmt.Sprintf("%v (triplets in any order)", tc.want))
			}
		})
	}
}

// testNormalize sorts a copy of each triplet and then the list of triplets,
// so that answers in any order compare equal. Duplicated triplets survive
// and make the comparison fail, as they should.
func testNormalize(triplets [][]int) [][]int {
	out := make([][]int, 0, len(triplets))
	for _, tr := range triplets {
		c := append([]int(nil), tr...)
		sort.Ints(c)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		for k := 0; k < len(a) && k < len(b); k++ {
			if a[k] != b[k] {
				return a[k] < b[k]
			}
		}
		return len(a) < len(b)
	})
	return out
}
