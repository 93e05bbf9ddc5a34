package main

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// testBuild creates nodes 1..len(adj); adj[i] lists the neighbor values of node i+1.
func testBuild(adj [][]int) *Node {
	if len(adj) == 0 {
		return nil
	}
	nodes := make([]*Node, len(adj))
	for i := range nodes {
		nodes[i] = &Node{Val: i + 1}
	}
	for i, list := range adj {
		for _, v := range list {
			nodes[i].Neighbors = append(nodes[i].Neighbors, nodes[v-1])
		}
	}
	return nodes[0]
}

// testReach returns every node reachable from start, in BFS order.
func testReach(start *Node) []*Node {
	if start == nil {
		return nil
	}
	seen := map[*Node]bool{start: true}
	order := []*Node{start}
	for i := 0; i < len(order); i++ {
		for _, nb := range order[i].Neighbors {
			if nb != nil && !seen[nb] {
				seen[nb] = true
				order = append(order, nb)
			}
		}
	}
	return order
}

// testShape describes the graph by value: "1:[2 4] 2:[1 3] ...", nodes and
// neighbor lists sorted, so it does not depend on neighbor order.
func testShape(start *Node) string {
	nodes := testReach(start)
	if len(nodes) == 0 {
		return "nil"
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Val < nodes[j].Val })
	parts := make([]string, len(nodes))
	for i, n := range nodes {
		vals := []int{}
		for _, nb := range n.Neighbors {
			if nb == nil {
				vals = append(vals, -1)
				continue
			}
			vals = append(vals, nb.Val)
		}
		sort.Ints(vals)
		parts[i] = fmt.Sprintf("%d:%v", n.Val, vals)
	}
	return strings.Join(parts, " ")
}

func TestCloneGraph(t *testing.T) {
	testCases := []struct {
		name string
		adj  [][]int
	}{
		{"square with a cycle", [][]int{{2, 4}, {1, 3}, {2, 4}, {1, 3}}},
		{"triangle", [][]int{{2, 3}, {1, 3}, {1, 2}}},
		{"single node", [][]int{{}}},
		{"empty graph", [][]int{}},
		{"two nodes", [][]int{{2}, {1}}},
		{"path of five", [][]int{{2}, {1, 3}, {2, 4}, {3, 5}, {4}}},
		{"complete graph of four", [][]int{{2, 3, 4}, {1, 3, 4}, {1, 2, 4}, {1, 2, 3}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("adjList = %v", tc.adj)
			start := testBuild(tc.adj)
			want := testShape(start)
			got := cloneGraph(start)
			if shape := testShape(got); shape != want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, shape, want)
				return
			}
			if after := testShape(start); after != want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, "input graph changed to "+after, "input graph unchanged: "+want)
				return
			}
			original := map[*Node]bool{}
			for _, n := range testReach(start) {
				original[n] = true
			}
			var reused []int
			for _, n := range testReach(got) {
				if original[n] {
					reused = append(reused, n.Val)
				}
			}
			if len(reused) > 0 {
				sort.Ints(reused)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, fmt.Sprintf("a copy that reuses input nodes %v", reused), "a copy made only of new nodes")
			}
		})
	}
}
