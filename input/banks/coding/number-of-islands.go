// Number of islands: count groups of land cells connected up, down,
// left, or right.
package main

import "fmt"

// numIslands counts the islands in grid, where '1' is land and '0' is
// water. Each time the scan meets unvisited land it counts a new island and
// flood-fills it, turning its cells to '0' so they are never counted again.
// Note: grid is modified; pass a copy if the caller still needs it.
func numIslands(grid [][]byte) int {
	islands := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] == '1' {
				islands++
				sink(grid, r, c)
			}
		}
	}
	return islands
}

// sink marks every land cell reachable from (r, c) as water (depth-first).
func sink(grid [][]byte, r, c int) {
	if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || grid[r][c] != '1' {
		return
	}
	grid[r][c] = '0' // mark before recursing so neighbors do not revisit it
	sink(grid, r+1, c)
	sink(grid, r-1, c)
	sink(grid, r, c+1)
	sink(grid, r, c-1)
}

// parseGrid turns rows like "110" into the [][]byte the solver expects.
func parseGrid(rows []string) [][]byte {
	grid := make([][]byte, len(rows))
	for i, row := range rows {
		grid[i] = []byte(row)
	}
	return grid
}

func main() {
	maps := [][]string{
		{"11110", "11010", "11000", "00000"},
		{"11000", "11000", "00100", "00011"},
		{"101", "010", "101"}, // diagonal cells do not connect
		{},
	}
	for _, rows := range maps {
		fmt.Printf("numIslands(%v) = %d\n", rows, numIslands(parseGrid(rows)))
	}
}
