package main

import (
	"fmt"
	"sort"
	"testing"
)

func TestSubsets(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want [][]int // normalised: each subset sorted, subsets in lexicographic order
	}{
		{
			name: "three elements",
			nums: []int{1, 2, 3},
			want: [][]int{{}, {1}, {1, 2}, {1, 2, 3}, {1, 3}, {2}, {2, 3}, {3}},
		},
		{
			name: "empty input",
			nums: []int{},
			want: [][]int{{}},
		},
		{
			name: "one element",
			nums: []int{0},
			want: [][]int{{}, {0}},
		},
		{
			name: "negatives, unsorted input",
			nums: []int{9, -5},
			want: [][]int{{}, {-5}, {-5, 9}, {9}},
		},
		{
			name: "four elements",
			nums: []int{4, 3, 2, 1},
			want: [][]int{{}, {1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4}, {1, 2, 4}, {1, 3}, {1, 3, 4}, {1, 4},
				{2}, {2, 3}, {2, 3, 4}, {2, 4}, {3}, {3, 4}, {4}},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := subsets(append([]int{}, tc.nums...))
			if !testEqualSets(testNormalise(got), tc.want) {
				input := fmt.Sprintf("nums = %v", tc.nums)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// testNormalise copies the subsets, sorts each one, then sorts the list, so
// any valid output order compares equal. Duplicates are kept and will fail.
func testNormalise(sets [][]int) [][]int {
	out := make([][]int, len(sets))
	for i, s := range sets {
		out[i] = append([]int{}, s...)
		sort.Ints(out[i])
	}
	sort.Slice(out, func(i, j int) bool { return testLess(out[i], out[j]) })
	return out
}

func testLess(a, b []int) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func testEqualSets(a, b [][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		for j := range a[i] {
			if a[i][j] != b[i][j] {
				return false
			}
		}
	}
	return true
}
