package main

import "fmt"

// merge combines the first m values of nums1 and the n values of nums2,
// both sorted ascending, into nums1, which has length m+n. It fills nums1
// from the back: the largest remaining value goes into the last free slot,
// so nothing in nums1 is overwritten before it has been read.
func merge(nums1 []int, m int, nums2 []int, n int) {
	i, j := m-1, n-1 // last unread value in each input
	for w := m + n - 1; j >= 0; w-- {
		if i >= 0 && nums1[i] > nums2[j] {
			nums1[w] = nums1[i]
			i--
		} else {
			nums1[w] = nums2[j]
			j--
		}
	}
	// Once nums2 is used up, nums1[:i+1] is already in its final place.
}

func main() {
	examples := []struct {
		nums1 []int
		m     int
		nums2 []int
	}{
		{[]int{1, 2, 3, 0, 0, 0}, 3, []int{2, 5, 6}},
		{[]int{4, 5, 6, 0, 0, 0}, 3, []int{1, 2, 3}},
		{[]int{0}, 0, []int{1}},
		{[]int{7}, 1, []int{}},
	}
	for _, ex := range examples {
		before := fmt.Sprint(ex.nums1)
		merge(ex.nums1, ex.m, ex.nums2, len(ex.nums2))
		fmt.Printf("merge(%s, %d, %v, %d) -> %v\n", before, ex.m, ex.nums2, len(ex.nums2), ex.nums1)
	}
}
