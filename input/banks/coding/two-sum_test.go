package main

import (
	"fmt"
	"testing"
)

func TestTwoSum(t *testing.T) {
	testCases := []struct {
		name   string
		nums   []int
		target int
		want   []int // the expected pair of indices in either order; nil means no pair
	}{
		{"pair at the start", []int{2, 7, 11, 15}, 9, []int{0, 1}},
		{"element not reused", []int{3, 2, 4}, 6, []int{1, 2}},
		{"equal values", []int{3, 3}, 6, []int{0, 1}},
		{"no pair", []int{1, 5, 8}, 4, nil},
		{"negatives", []int{-3, 4, 3, 90}, 0, []int{0, 2}},
		{"pair at the end", []int{1, 2, 3, 4, 5}, 9, []int{3, 4}},
		{"single element", []int{5}, 10, nil},
		{"empty", []int{}, 0, nil},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("nums = %v, target = %d", tc.nums, tc.target)
			got := twoSum(append([]int(nil), tc.nums...), tc.target)
			if !testSamePair(got, tc.want) {
				want := "nil (no pair)"
				if tc.want != nil {
					want = fmt.Sprintf("%v (in either order)", tc.want)
				}
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, want)
			}
		})
	}
}

// testSamePair accepts the two indices of want in either order, or an empty
// result when want is nil. The prompt guarantees at most one valid pair, so
// the pair of indices is unique.
func testSamePair(got, want []int) bool {
	if want == nil {
		return len(got) == 0
	}
	if len(got) != 2 {
		return false
	}
	return (got[0] == want[0] && got[1] == want[1]) || (got[0] == want[1] && got[1] == want[0])
}
