package main

import "fmt"

// rotateImage rotates the n x n matrix 90 degrees clockwise, in place.
func rotateImage(matrix [][]int) {
	n := len(matrix)
	// Step 1: transpose (mirror across the main diagonal). Only visit the
	// cells above the diagonal, otherwise every pair is swapped twice and
	// the matrix ends up unchanged.
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
	// Step 2: reverse each row. Transpose followed by a left-right mirror
	// is a clockwise quarter turn: cell (r, c) ends up at (c, n-1-r).
	for _, row := range matrix {
		for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
			row[l], row[r] = row[r], row[l]
		}
	}
}

func main() {
	examples := [][][]int{
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{5, 1, 9, 11}, {2, 4, 8, 10}, {13, 3, 6, 7}, {15, 14, 12, 16}},
		{{1, 2}, {3, 4}},
		{{42}},
	}
	for _, m := range examples {
		before := fmt.Sprint(m)
		rotateImage(m)
		fmt.Printf("rotateImage(%s) -> %v\n", before, m)
	}
}
