package main

import "fmt"

// trap returns how many units of water collect between the bars of an
// elevation map after rain. It walks two pointers inward and uses O(1)
// extra space.
func trap(height []int) int {
	left, right := 0, len(height)-1
	leftMax, rightMax := 0, 0
	water := 0
	for left < right {
		// The lower side decides: the water above that bar is bounded by
		// its own side's maximum, because the other side already has a
		// bar at least as tall.
		if height[left] < height[right] {
			if height[left] >= leftMax {
				leftMax = height[left]
			} else {
				water += leftMax - height[left]
			}
			left++
		} else {
			if height[right] >= rightMax {
				rightMax = height[right]
			} else {
				water += rightMax - height[right]
			}
			right--
		}
	}
	return water
}

func main() {
	examples := [][]int{
		{0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1},
		{4, 2, 0, 3, 2, 5},
		{1, 2, 3, 4},
		{},
	}
	for _, h := range examples {
		fmt.Printf("trap(%v) = %d\n", h, trap(h))
	}
}
