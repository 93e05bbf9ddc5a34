package main

import (
	"fmt"
	"testing"
)

func TestNetworkDelayTime(t *testing.T) {
	testCases := []struct {
		name  string
		times [][]int
		n, k  int
		want  int
	}{
		{"detour is faster", [][]int{{1, 2, 4}, {1, 3, 1}, {3, 2, 1}, {2, 4, 2}}, 4, 1, 4},
		{"single edge", [][]int{{1, 2, 3}}, 2, 1, 3},
		{"edge points away from source", [][]int{{1, 2, 3}}, 2, 2, -1},
		{"source alone", [][]int{}, 1, 1, 0},
		{"disconnected node", [][]int{{1, 2, 1}, {2, 1, 1}}, 3, 1, -1},
		{"parallel edges", [][]int{{1, 2, 7}, {1, 2, 2}}, 2, 1, 2},
		{"zero-weight edges", [][]int{{3, 1, 0}, {1, 2, 0}, {3, 2, 5}}, 3, 3, 0},
		{"more hops but cheaper", [][]int{{2, 1, 10}, {2, 3, 1}, {3, 4, 1}, {4, 1, 1}, {1, 5, 1}}, 5, 2, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("times = %v, n = %d, k = %d", tc.times, tc.n, tc.k)
			got := networkDelayTime(tc.times, tc.n, tc.k)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
