package main

// spiralOrder returns the elements of the matrix in clockwise spiral order from the top-left corner.
func spiralOrder(matrix [][]int) []int {
	return nil
}
