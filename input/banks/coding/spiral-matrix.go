package main

import "fmt"

// spiralOrder returns the elements of the m x n matrix in clockwise spiral
// order, starting at the top-left corner.
func spiralOrder(matrix [][]int) []int {
	if len(matrix) == 0 || len(matrix[0]) == 0 {
		return []int{}
	}
	// The four bounds describe the ring not yet visited; all are inclusive.
	top, bottom := 0, len(matrix)-1
	left, right := 0, len(matrix[0])-1
	out := make([]int, 0, len(matrix)*len(matrix[0]))

	for top <= bottom && left <= right {
		for c := left; c <= right; c++ { // top row, left to right
			out = append(out, matrix[top][c])
		}
		top++
		for r := top; r <= bottom; r++ { // right column, downwards
			out = append(out, matrix[r][right])
		}
		right--
		// The ring may have collapsed to one row or one column; without
		// these checks that row or column would be read a second time.
		if top <= bottom {
			for c := right; c >= left; c-- { // bottom row, right to left
				out = append(out, matrix[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- { // left column, upwards
				out = append(out, matrix[r][left])
			}
			left++
		}
	}
	return out
}

func main() {
	examples := [][][]int{
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}},
		{{1}, {2}, {3}},
		{{1, 2, 3}},
	}
	for _, m := range examples {
		fmt.Printf("spiralOrder(%v) = %v\n", m, spiralOrder(m))
	}
}
