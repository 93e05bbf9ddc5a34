package main

import "fmt"

// maxArea returns the most water two lines can hold, where line i has height
// height[i] and sits at x = i. Start with the widest pair and move the
// shorter line inward: the shorter line caps the water, and with any closer
// partner its container is narrower and no taller, so it can be dropped.
func maxArea(height []int) int {
	best := 0
	l, r := 0, len(height)-1
	for l < r {
		h := height[l]
		if height[r] < h {
			h = height[r]
		}
		if area := h * (r - l); area > best {
			best = area
		}
		if height[l] < height[r] {
			l++
		} else {
			r--
		}
	}
	return best
}

func main() {
	examples := [][]int{
		{1, 8, 6, 2, 5, 4, 8, 3, 7},
		{1, 1},
		{4, 3, 2, 1, 4}, // the outermost pair wins
		{5},
	}
	for _, height := range examples {
		fmt.Printf("maxArea(%v) = %d\n", height, maxArea(height))
	}
}
