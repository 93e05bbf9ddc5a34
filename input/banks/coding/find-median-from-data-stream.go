// Running median with two heaps: a max-heap for the lower half and a
// min-heap for the upper half of the numbers seen so far.
package main

import (
	"container/heap"
	"fmt"
)

// intHeap implements heap.Interface; less decides whether it is a min-heap
// or a max-heap, so one type serves both halves without negating values.
type intHeap struct {
	data []int
	less func(a, b int) bool
}

func (h *intHeap) Len() int           { return len(h.data) }
func (h *intHeap) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *intHeap) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *intHeap) Push(x any)         { h.data = append(h.data, x.(int)) }
func (h *intHeap) Pop() any {
	x := h.data[len(h.data)-1]
	h.data = h.data[:len(h.data)-1]
	return x
}

// MedianFinder keeps two invariants after every AddNum:
//   - every value in low is <= every value in high;
//   - low has the same number of values as high, or exactly one more.
//
// The median is then low's top (odd count) or the mean of both tops.
type MedianFinder struct {
	low  *intHeap // max-heap: the smaller half
	high *intHeap // min-heap: the larger half
}

// NewMedianFinder returns an empty finder.
func NewMedianFinder() *MedianFinder {
	return &MedianFinder{
		low:  &intHeap{less: func(a, b int) bool { return a > b }},
		high: &intHeap{less: func(a, b int) bool { return a < b }},
	}
}

// AddNum adds num in O(log n).
func (m *MedianFinder) AddNum(num int) {
	// Push through low, then move low's largest to high: whatever num was,
	// the ordering invariant holds afterwards.
	heap.Push(m.low, num)
	heap.Push(m.high, heap.Pop(m.low))
	// Restore the size invariant: low may not be the smaller one.
	if m.high.Len() > m.low.Len() {
		heap.Push(m.low, heap.Pop(m.high))
	}
}

// FindMedian returns the median of all numbers added so far in O(1). It must
// not be called before the first AddNum.
func (m *MedianFinder) FindMedian() float64 {
	if m.low.Len() > m.high.Len() {
		return float64(m.low.data[0])
	}
	// Convert before adding: the int sum of two large values could overflow.
	return (float64(m.low.data[0]) + float64(m.high.data[0])) / 2
}

func main() {
	m := NewMedianFinder()
	for _, v := range []int{5, 15, 1, 3, 8} {
		m.AddNum(v)
		fmt.Printf("AddNum(%d) -> FindMedian() = %v\n", v, m.FindMedian())
	}
}
