package main

// largestRectangleArea returns the area of the largest rectangle inside a histogram of unit-width bars.
func largestRectangleArea(heights []int) int {
	return 0
}
