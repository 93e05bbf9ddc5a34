package main

import (
	"fmt"
	"testing"
)

func TestFindRedundantConnection(t *testing.T) {
	testCases := []struct {
		name  string
		edges [][]int
		want  []int
	}{
		{"triangle", [][]int{{1, 2}, {2, 3}, {1, 3}}, []int{1, 3}},
		{"cycle in the middle", [][]int{{1, 2}, {2, 3}, {3, 4}, {2, 4}, {4, 5}}, []int{2, 4}},
		{"cycle closes last", [][]int{{3, 4}, {1, 2}, {2, 4}, {3, 5}, {2, 5}}, []int{2, 5}},
		{"every edge on the cycle", [][]int{{1, 2}, {2, 3}, {3, 4}, {4, 1}}, []int{4, 1}},
		{"edge listed first closes nothing", [][]int{{2, 3}, {1, 4}, {1, 2}, {4, 3}}, []int{4, 3}},
		{"star plus one edge", [][]int{{1, 2}, {1, 3}, {1, 4}, {1, 5}, {3, 5}}, []int{3, 5}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("edges = %v", tc.edges)
			got := findRedundantConnection(tc.edges)
			if len(got) != 2 || got[0] != tc.want[0] || got[1] != tc.want[1] {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
