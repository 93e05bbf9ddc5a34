// Redundant connection: find the edge that turns a tree into a graph with a cycle.
package main

import "fmt"

// disjointSet is union-find over the labels 0..n-1.
type disjointSet struct {
	parent []int
	size   []int // size[r] is meaningful only while r is a root
}

func newDisjointSet(n int) *disjointSet {
	d := &disjointSet{parent: make([]int, n), size: make([]int, n)}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

// find returns the root of x's set. Path halving points every other node
// on the way at its grandparent, which flattens the tree as it is used.
func (d *disjointSet) find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

// union merges the sets of a and b and reports false if they were already
// one set. The smaller tree hangs under the larger, so trees stay shallow.
func (d *disjointSet) union(a, b int) bool {
	ra, rb := d.find(a), d.find(b)
	if ra == rb {
		return false
	}
	if d.size[ra] < d.size[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	return true
}

// findRedundantConnection returns an edge whose removal leaves a tree on
// the n nodes 1..n, choosing the one that appears last in edges. Adding
// edges in order, the first edge whose ends are already connected closes
// the only cycle; every earlier edge was needed, so it is also the last
// cycle edge in the input.
func findRedundantConnection(edges [][]int) []int {
	ds := newDisjointSet(len(edges) + 1) // n edges on n nodes labeled from 1
	for _, e := range edges {
		if !ds.union(e[0], e[1]) {
			return []int{e[0], e[1]}
		}
	}
	return nil // the input was a forest after all
}

func main() {
	examples := [][][]int{
		{{1, 2}, {2, 3}, {1, 3}},
		{{1, 2}, {2, 3}, {3, 4}, {2, 4}, {4, 5}},
		{{3, 4}, {1, 2}, {2, 4}, {3, 5}, {2, 5}}, // the cycle 2-4-3-5-2 closes last
	}
	for _, edges := range examples {
		fmt.Printf("findRedundantConnection(%v) = %v\n", edges, findRedundantConnection(edges))
	}
}
