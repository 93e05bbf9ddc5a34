package main

// rotateImage rotates the n x n matrix 90 degrees clockwise, in place.
func rotateImage(matrix [][]int) {
}
