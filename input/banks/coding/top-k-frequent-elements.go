// Return the k most frequent values: bucket sort by count in O(n), and a
// size-k min-heap in O(n log k) for comparison.
package main

import (
	"container/heap"
	"fmt"
	"sort"
)

// topKFrequent returns the k values that occur most often in nums, in any
// order. A value occurs between 1 and len(nums) times, so counts can index a
// slice of buckets directly and no comparison sort is needed.
func topKFrequent(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	// buckets[f] lists the values that occur exactly f times.
	buckets := make([][]int, len(nums)+1)
	for v, f := range count {
		buckets[f] = append(buckets[f], v)
	}
	res := make([]int, 0, k)
	for f := len(nums); f > 0 && len(res) < k; f-- {
		for _, v := range buckets[f] {
			if len(res) == k {
				break
			}
			res = append(res, v)
		}
	}
	return res
}

// pair is a value with its count.
type pair struct{ val, freq int }

// byFreq is a min-heap of pairs ordered by count.
type byFreq []pair

func (h byFreq) Len() int           { return len(h) }
func (h byFreq) Less(i, j int) bool { return h[i].freq < h[j].freq }
func (h byFreq) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *byFreq) Push(x any)        { *h = append(*h, x.(pair)) }
func (h *byFreq) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// topKFrequentHeap keeps the k most frequent values seen so far in a min-heap;
// the least frequent of them sits on top and is the one to evict. Better than
// buckets when there are far more distinct values than k and memory is tight.
func topKFrequentHeap(nums []int, k int) []int {
	count := make(map[int]int)
	for _, v := range nums {
		count[v]++
	}
	h := make(byFreq, 0, k+1)
	for v, f := range count {
		heap.Push(&h, pair{v, f})
		if h.Len() > k {
			heap.Pop(&h)
		}
	}
	res := make([]int, len(h))
	for i, p := range h {
		res[i] = p.val
	}
	return res
}

func main() {
	examples := []struct {
		nums []int
		k    int
	}{
		{[]int{4, 4, 4, 6, 6, 9, 9, 9, 9, 2}, 2},
		{[]int{-1, -1, 3}, 1},
		{[]int{5, 8, 8, 5, 7}, 2},
		{[]int{42}, 1},
	}
	for _, ex := range examples {
		a := topKFrequent(ex.nums, ex.k)
		b := topKFrequentHeap(ex.nums, ex.k)
		// Map iteration order is random, so the result order varies between
		// runs; sort only to print stable output.
		sort.Ints(a)
		sort.Ints(b)
		fmt.Printf("topKFrequent(%v, %d) = %v (heap: %v)\n", ex.nums, ex.k, a, b)
	}
}
