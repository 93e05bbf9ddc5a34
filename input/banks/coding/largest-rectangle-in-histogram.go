package main

import "fmt"

// largestRectangleArea returns the area of the largest rectangle that fits
// under the histogram, where every bar has width 1. A stack keeps indices of
// bars with increasing heights. When a lower bar arrives, each taller bar
// popped has found its right limit (the new bar) and its left limit (the bar
// below it on the stack), so its widest rectangle is known.
func largestRectangleArea(heights []int) int {
	best := 0
	stack := make([]int, 0, len(heights)+1)
	// i == len(heights) acts as a sentinel bar of height 0 that flushes
	// every bar still on the stack.
	for i := 0; i <= len(heights); i++ {
		h := 0
		if i < len(heights) {
			h = heights[i]
		}
		for len(stack) > 0 && heights[stack[len(stack)-1]] >= h {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			left := -1 // no lower bar to the left: the rectangle reaches index 0
			if len(stack) > 0 {
				left = stack[len(stack)-1]
			}
			if area := heights[top] * (i - left - 1); area > best {
				best = area
			}
		}
		stack = append(stack, i)
	}
	return best
}

func main() {
	examples := [][]int{
		{2, 1, 5, 6, 2, 3},
		{2, 4},
		{3, 3, 3, 3},
		{6, 2, 5, 4, 5, 1, 6},
	}
	for _, heights := range examples {
		fmt.Printf("largestRectangleArea(%v) = %d\n", heights, largestRectangleArea(heights))
	}
}
