package main

import (
	"fmt"
	"testing"
)

func TestCanCompleteCircuit(t *testing.T) {
	testCases := []struct {
		name string
		gas  []int
		cost []int
		want int
	}{
		{"start in the middle", []int{1, 2, 3, 4, 5}, []int{3, 4, 5, 1, 2}, 3},
		{"not enough fuel", []int{2, 3, 4}, []int{3, 4, 3}, -1},
		{"single station", []int{5}, []int{4}, 0},
		{"single station too short", []int{1}, []int{2}, -1},
		{"exact fuel from the first", []int{3, 1, 1}, []int{1, 2, 2}, 0},
		{"start at the last", []int{1, 1, 5}, []int{2, 2, 1}, 2},
		{"exact total after a reset", []int{2, 0, 4, 1}, []int{3, 2, 1, 1}, 2},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("gas = %v, cost = %v", tc.gas, tc.cost)
			got := canCompleteCircuit(append([]int(nil), tc.gas...), append([]int(nil), tc.cost...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
