package main

import (
	"fmt"
	"testing"
)

func TestOrangesRotting(t *testing.T) {
	testCases := []struct {
		name string
		grid [][]int
		want int
	}{
		{"spreads over four minutes", [][]int{{2, 1, 0}, {1, 1, 0}, {0, 1, 1}}, 4},
		{"unreachable orange", [][]int{{2, 1, 0}, {0, 1, 1}, {1, 0, 0}}, -1},
		{"nothing fresh", [][]int{{0, 2, 0}}, 0},
		{"empty grid", [][]int{}, 0},
		{"fresh but no rotten", [][]int{{1, 1}, {0, 0}}, -1},
		{"two sources meet", [][]int{{2, 1, 1, 1, 1, 2}}, 2},
		{"single column", [][]int{{2}, {1}, {1}, {1}}, 3},
		{"only empty cells", [][]int{{0, 0}, {0, 0}}, 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("grid = %v", tc.grid) // format before the call may change it
			grid := make([][]int, len(tc.grid))
			for i, row := range tc.grid {
				grid[i] = append([]int(nil), row...)
			}
			got := orangesRotting(grid)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
