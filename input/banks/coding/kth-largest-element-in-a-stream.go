// Track the k-th largest value of a growing stream with a size-k min-heap.
package main

import (
	"container/heap"
	"fmt"
)

// minHeap implements heap.Interface for ints, smallest on top.
type minHeap []int

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int)) }

// Pop removes the LAST element: heap.Pop has already swapped the minimum
// there and will restore the heap order for the rest.
func (h *minHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// KthLargest keeps only the k largest values seen so far. The smallest of
// them, the heap's top, is the k-th largest overall; anything below it can
// never become the answer again because values are only ever added.
type KthLargest struct {
	k    int
	best minHeap
}

// NewKthLargest starts the stream with the values in nums (not modified).
func NewKthLargest(k int, nums []int) *KthLargest {
	kl := &KthLargest{k: k, best: make(minHeap, 0, k)}
	for _, v := range nums {
		kl.Add(v)
	}
	return kl
}

// Add appends val to the stream and returns the current k-th largest value.
func (kl *KthLargest) Add(val int) int {
	switch {
	case len(kl.best) < kl.k:
		heap.Push(&kl.best, val) // heap.Push, not kl.best.Push: it must sift up
	case val > kl.best[0]:
		// Replace the top and sift it down: one O(log k) step instead of a
		// Push followed by a Pop.
		kl.best[0] = val
		heap.Fix(&kl.best, 0)
	}
	return kl.best[0]
}

func main() {
	kl := NewKthLargest(3, []int{10, 4, 7, 1})
	fmt.Println("NewKthLargest(3, [10 4 7 1])")
	for _, v := range []int{5, 2, 12, 9, 7} {
		fmt.Printf("Add(%d) = %d\n", v, kl.Add(v))
	}
}
