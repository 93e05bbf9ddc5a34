// Rotting oranges: minutes until every fresh orange has rotted.
package main

import "fmt"

// orangesRotting returns how many minutes pass until no fresh orange is
// left, or -1 if some fresh orange can never be reached. In the grid 0 is
// an empty cell, 1 a fresh orange and 2 a rotten one; each minute, rot
// spreads from every rotten orange to its fresh neighbors up, down, left
// and right. All rotten oranges start the BFS together (multi-source), so
// BFS level k is exactly the set of oranges that rot at minute k.
// The grid is modified: fresh oranges are overwritten with 2 as they rot.
func orangesRotting(grid [][]int) int {
	type cell struct{ r, c int }
	var queue []cell
	fresh := 0
	for r := range grid {
		for c, v := range grid[r] {
			switch v {
			case 1:
				fresh++
			case 2:
				queue = append(queue, cell{r, c})
			}
		}
	}

	minutes := 0
	dirs := [4]cell{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	// Stop as soon as nothing fresh is left: the last level of rotten
	// oranges has no one to infect and must not count as another minute.
	for fresh > 0 && len(queue) > 0 {
		var next []cell
		for _, cur := range queue {
			for _, d := range dirs {
				r, c := cur.r+d.r, cur.c+d.c
				if r < 0 || r >= len(grid) || c < 0 || c >= len(grid[r]) || grid[r][c] != 1 {
					continue
				}
				grid[r][c] = 2 // mark when queued, so it is queued only once
				fresh--
				next = append(next, cell{r, c})
			}
		}
		queue = next
		minutes++
	}
	if fresh > 0 {
		return -1
	}
	return minutes
}

func main() {
	grids := [][][]int{
		{{2, 1, 0}, {1, 1, 0}, {0, 1, 1}},
		{{2, 1, 0}, {0, 1, 1}, {1, 0, 0}}, // the bottom-left orange is cut off
		{{0, 2, 0}},                       // nothing fresh: zero minutes
		{{2, 1, 1, 1, 1, 2}},              // two sources meet in the middle
	}
	for _, g := range grids {
		shown := fmt.Sprint(g) // print before the call changes the grid
		fmt.Printf("orangesRotting(%s) = %d\n", shown, orangesRotting(g))
	}
}
