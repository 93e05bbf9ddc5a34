package main

import (
	"fmt"
	"sort"
	"testing"
)

func TestCombinationSum(t *testing.T) {
	testCases := []struct {
		name       string
		candidates []int
		target     int
		want       [][]int // normalised: each combination sorted, list in lexicographic order
	}{
		{
			name:       "reuse and a single candidate",
			candidates: []int{2, 3, 6, 7},
			target:     7,
			want:       [][]int{{2, 2, 3}, {7}},
		},
		{
			name:       "unsorted candidates",
			candidates: []int{5, 3, 2},
			target:     8,
			want:       [][]int{{2, 2, 2, 2}, {2, 3, 3}, {3, 5}},
		},
		{
			name:       "no combination",
			candidates: []int{4},
			target:     6,
			want:       [][]int{},
		},
		{
			name:       "one candidate used many times",
			candidates: []int{1},
			target:     3,
			want:       [][]int{{1, 1, 1}},
		},
		{
			name:       "target smaller than every candidate",
			candidates: []int{5, 10},
			target:     3,
			want:       [][]int{},
		},
		{
			name:       "many results",
			candidates: []int{2, 3, 4, 5},
			target:     10,
			want: [][]int{{2, 2, 2, 2, 2}, {2, 2, 2, 4}, {2, 2, 3, 3}, {2, 3, 5}, {2, 4, 4},
				{3, 3, 4}, {5, 5}},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := combinationSum(append([]int{}, tc.candidates...), tc.target)
			if !testEqualLists(testNormalise(got), tc.want) {
				input := fmt.Sprintf("candidates = %v, target = %d", tc.candidates, tc.target)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// testNormalise copies the combinations, sorts each one, then sorts the list,
// so any valid output order compares equal. Duplicates are kept and will fail.
func testNormalise(combos [][]int) [][]int {
	out := make([][]int, len(combos))
	for i, c := range combos {
		out[i] = append([]int{}, c...)
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
