package main

// KthLargest reports the k-th largest value of a stream of ints.
type KthLargest struct {
}

// NewKthLargest creates the tracker for k and the initial values nums.
func NewKthLargest(k int, nums []int) *KthLargest {
	return &KthLargest{}
}

// Add appends val to the stream and returns the k-th largest value so far.
func (kl *KthLargest) Add(val int) int {
	return 0
}
