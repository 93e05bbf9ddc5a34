package main

import "fmt"

// rotate shifts the elements of nums k steps to the right, in place,
// using O(1) extra space. It works for any k >= 0, including k > len(nums).
func rotate(nums []int, k int) {
	n := len(nums)
	if n == 0 {
		return
	}
	k %= n
	// Reversing the whole slice puts the last k elements first, but
	// backwards; reversing each part again restores their order.
	reverse(nums)
	reverse(nums[:k])
	reverse(nums[k:])
}

// reverse reverses s in place.
func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	examples := []struct {
		nums []int
		k    int
	}{
		{[]int{1, 2, 3, 4, 5, 6, 7}, 3},
		{[]int{-1, -100, 3, 99}, 2},
		{[]int{1, 2}, 5},
		{[]int{}, 3},
	}
	for _, ex := range examples {
		before := fmt.Sprint(ex.nums)
		rotate(ex.nums, ex.k)
		fmt.Printf("rotate(%s, %d) = %v\n", before, ex.k, ex.nums)
	}
}
