package main

// rotate shifts the elements of nums k steps to the right, in place.
func rotate(nums []int, k int) {
}
