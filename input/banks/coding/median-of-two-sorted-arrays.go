package main

import (
	"fmt"
	"math"
)

// findMedianSortedArrays returns the median of the union of two sorted
// slices in O(log(min(m, n))) time. At least one slice must be non-empty.
//
// It binary-searches how many elements of the shorter slice belong to the
// "left half" of the merged order; the rest of that half comes from the
// longer slice. The split is correct when every left element is <= every
// right element.
func findMedianSortedArrays(a, b []int) float64 {
	if len(a) > len(b) {
		a, b = b, a // search the shorter slice
	}
	m, n := len(a), len(b)
	if m+n == 0 {
		panic("findMedianSortedArrays: both slices are empty")
	}
	half := (m + n + 1) / 2 // size of the left half; it gets the extra element when m+n is odd

	lo, hi := 0, m
	for lo <= hi {
		i := lo + (hi-lo)/2 // elements taken from a
		j := half - i       // elements taken from b

		// Sentinels stand in for "nothing on this side".
		aLeft, aRight := math.MinInt, math.MaxInt
		if i > 0 {
			aLeft = a[i-1]
		}
		if i < m {
			aRight = a[i]
		}
		bLeft, bRight := math.MinInt, math.MaxInt
		if j > 0 {
			bLeft = b[j-1]
		}
		if j < n {
			bRight = b[j]
		}

		switch {
		case aLeft > bRight:
			hi = i - 1 // took too many from a
		case bLeft > aRight:
			lo = i + 1 // took too few from a
		default:
			leftMax := maxInt(aLeft, bLeft)
			if (m+n)%2 == 1 {
				return float64(leftMax)
			}
			rightMin := minInt(aRight, bRight)
			// Convert before adding so large values cannot overflow int.
			return (float64(leftMax) + float64(rightMin)) / 2
		}
	}
	panic("findMedianSortedArrays: inputs are not sorted")
}

// minInt and maxInt keep the program running on Go before 1.21. On current
// Go, use the built-in min and max instead.
func minInt(x, y int) int {
	if x < y {
		return x
	}
	return y
}

func maxInt(x, y int) int {
	if x > y {
		return x
	}
	return y
}

func main() {
	examples := [][2][]int{
		{{1, 3}, {2}},
		{{1, 2}, {3, 4}},
		{{}, {7}},
		{{1, 5, 9, 13}, {2, 3, 4, 6, 7}},
	}
	for _, ex := range examples {
		fmt.Printf("findMedianSortedArrays(%v, %v) = %.1f\n",
			ex[0], ex[1], findMedianSortedArrays(ex[0], ex[1]))
	}
}
