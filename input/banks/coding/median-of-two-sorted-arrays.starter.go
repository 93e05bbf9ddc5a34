package main

// findMedianSortedArrays returns the median of all elements of the sorted slices a and b.
func findMedianSortedArrays(a, b []int) float64 {
	return 0
}
