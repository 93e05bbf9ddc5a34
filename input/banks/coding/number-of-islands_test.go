package main

import (
	"fmt"
	"testing"
)

func TestNumIslands(t *testing.T) {
	testCases := []struct {
		name string
		rows []string
		want int
	}{
		{"one large island", []string{"11110", "11010", "11000", "00000"}, 1},
		{"three islands", []string{"11000", "11000", "00100", "00011"}, 3},
		{"diagonals do not connect", []string{"101", "010", "101"}, 5},
		{"all water", []string{"000", "000"}, 0},
		{"all land", []string{"11", "11"}, 1},
		{"single cell of land", []string{"1"}, 1},
		{"winding island", []string{"11111", "00001", "11101", "10001", "11111"}, 1},
		{"single row", []string{"1011001"}, 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("%v", tc.rows)
			got := numIslands(testGrid(tc.rows))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// testGrid turns rows like "1100" into a fresh [][]byte, so a solution may
// overwrite cells without affecting other cases.
func testGrid(rows []string) [][]byte {
	grid := make([][]byte, len(rows))
	for i, r := range rows {
		grid[i] = []byte(r)
	}
	return grid
}
