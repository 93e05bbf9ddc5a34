package main

import (
	"fmt"
	"sort"
	"testing"
)

func TestPermute(t *testing.T) {
	testCases := []struct {
		name string
		nums []int
		want [][]int // in lexicographic order; the result may come in any order
	}{
		{
			name: "three elements",
			nums: []int{1, 2, 3},
			want: [][]int{{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}},
		},
		{
			name: "two elements with a negative",
			nums: []int{0, -1},
			want: [][]int{{-1, 0}, {0, -1}},
		},
		{
			name: "one element",
			nums: []int{7},
			want: [][]int{{7}},
		},
		{
			name: "empty input",
			nums: []int{},
			want: [][]int{{}},
		},
		{
			name: "four elements",
			nums: []int{3, 1, 4, 2},
			want: testAllPermutationsOf1234,
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := permute(append([]int{}, tc.nums...))
			if !testEqualLists(testNormalise(got), tc.want) {
				input := fmt.Sprintf("nums = %v", tc.nums)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

var testAllPermutationsOf1234 = [][]int{
	{1, 2, 3, 4}, {1, 2, 4, 3}, {1, 3, 2, 4}, {1, 3, 4, 2}, {1, 4, 2, 3}, {1, 4, 3, 2},
	{2, 1, 3, 4}, {2, 1, 4, 3}, {2, 3, 1, 4}, {2, 3, 4, 1}, {2, 4, 1, 3}, {2, 4, 3, 1},
	{3, 1, 2, 4}, {3, 1, 4, 2}, {3, 2, 1, 4}, {3, 2, 4, 1}, {3, 4, 1, 2}, {3, 4, 2, 1},
	{4, 1, 2, 3}, {4, 1, 3, 2}, {4, 2, 1, 3}, {4, 2, 3, 1}, {4, 3, 1, 2}, {4, 3, 2, 1},
}

// testNormalise copies the permutations and sorts the list (not the
// permutations themselves, whose order is the answer). Duplicates are kept
// and will fail the comparison.
func testNormalise(perms [][]int) [][]int {
	out := make([][]int, len(perms))
	for i, p := range perms {
		out[i] = append([]int{}, p...)
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

func testEqualLists(a, b [][]int) bool {
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
