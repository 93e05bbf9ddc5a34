package main

import (
	"fmt"
	"testing"
)

func TestCoinChange(t *testing.T) {
	testCases := []struct {
		name   string
		coins  []int
		amount int
		want   int
	}{
		{"classic", []int{1, 2, 5}, 11, 3},
		{"greedy fails", []int{1, 3, 4}, 6, 2},
		{"unreachable", []int{2}, 3, -1},
		{"zero amount", []int{1}, 0, 0},
		{"single coin exact", []int{7}, 14, 2},
		{"huge coin", []int{2147483647, 3}, 9, 3},
		{"odd amount from even coins", []int{2, 4, 6}, 11, -1},
		{"larger amount", []int{5, 9, 13}, 100, 8},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("coins = %v, amount = %d", tc.coins, tc.amount)
			got := coinChange(append([]int(nil), tc.coins...), tc.amount)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
