package main

import (
	"fmt"
	"testing"
)

func TestCanFinish(t *testing.T) {
	testCases := []struct {
		name       string
		numCourses int
		prereqs    [][]int
		want       bool
	}{
		{"one prerequisite", 2, [][]int{{1, 0}}, true},
		{"two courses need each other", 2, [][]int{{1, 0}, {0, 1}}, false},
		{"diamond", 4, [][]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}, true},
		{"course needs itself", 3, [][]int{{0, 0}}, false},
		{"no prerequisites", 1, [][]int{}, true},
		{"long cycle", 4, [][]int{{1, 0}, {2, 1}, {3, 2}, {0, 3}}, false},
		{"cycle in one component", 5, [][]int{{1, 0}, {3, 2}, {4, 3}, {2, 4}}, false},
		{"chain", 5, [][]int{{4, 3}, {3, 2}, {2, 1}, {1, 0}}, true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("numCourses = %d, prerequisites = %v", tc.numCourses, tc.prereqs)
			got := canFinish(tc.numCourses, tc.prereqs)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
