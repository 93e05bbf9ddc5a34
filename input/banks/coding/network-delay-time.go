// Network delay time: how long until a signal sent from one node reaches all nodes.
package main

import (
	"container/heap"
	"fmt"
)

// arrival is a candidate: the signal can reach node at time t.
type arrival struct{ node, t int }

// arrivalHeap is a min-heap of arrivals ordered by time, for container/heap.
type arrivalHeap []arrival

func (h arrivalHeap) Len() int            { return len(h) }
func (h arrivalHeap) Less(i, j int) bool  { return h[i].t < h[j].t }
func (h arrivalHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *arrivalHeap) Push(x interface{}) { *h = append(*h, x.(arrival)) }
func (h *arrivalHeap) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

// networkDelayTime returns the time for a signal sent from node k to reach
// all n nodes (labeled 1..n), or -1 if some node is unreachable. Each
// times[i] = [u, v, w] is a directed edge u -> v that takes w >= 0 time.
// The answer is the largest shortest-path distance from k, found with
// Dijkstra's algorithm using a lazy heap (stale entries are skipped).
func networkDelayTime(times [][]int, n int, k int) int {
	type edge struct{ to, w int }
	out := make([][]edge, n+1)
	for _, e := range times {
		out[e[0]] = append(out[e[0]], edge{e[1], e[2]})
	}

	done := make([]bool, n+1)
	h := &arrivalHeap{{k, 0}}
	reached, latest := 0, 0
	for h.Len() > 0 {
		cur := heap.Pop(h).(arrival)
		if done[cur.node] {
			continue // a faster arrival was already settled
		}
		// The first time a node leaves the heap its time is final: every
		// other path would go through an entry with a time at least as large.
		done[cur.node] = true
		reached++
		latest = cur.t // popped times never decrease, so this is the maximum
		for _, e := range out[cur.node] {
			if !done[e.to] {
				heap.Push(h, arrival{e.to, cur.t + e.w})
			}
		}
	}
	if reached < n {
		return -1
	}
	return latest
}

func main() {
	examples := []struct {
		times [][]int
		n, k  int
	}{
		{[][]int{{1, 2, 4}, {1, 3, 1}, {3, 2, 1}, {2, 4, 2}}, 4, 1}, // 1->3->2 beats 1->2
		{[][]int{{1, 2, 3}}, 2, 1},
		{[][]int{{1, 2, 3}}, 2, 2}, // edges are one-way: 1 is unreachable
		{nil, 1, 1},                // the source alone
	}
	for _, ex := range examples {
		fmt.Printf("networkDelayTime(%v, %d, %d) = %d\n", ex.times, ex.n, ex.k, networkDelayTime(ex.times, ex.n, ex.k))
	}
}
