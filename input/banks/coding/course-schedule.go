// Course schedule: can every course be finished given its prerequisites?
package main

import "fmt"

// canFinish reports whether all numCourses courses can be taken, where each
// pair [a, b] in prereqs means "take b before a". That is possible exactly
// when the prerequisite graph has no cycle. This uses Kahn's algorithm:
// repeatedly take a course with no unmet prerequisites; if some course is
// never freed, it sits on (or behind) a cycle.
func canFinish(numCourses int, prereqs [][]int) bool {
	unlocks := make([][]int, numCourses) // b -> courses that need b
	waiting := make([]int, numCourses)   // unmet prerequisites per course
	for _, p := range prereqs {
		course, before := p[0], p[1]
		unlocks[before] = append(unlocks[before], course)
		waiting[course]++
	}

	ready := make([]int, 0, numCourses)
	for c := 0; c < numCourses; c++ {
		if waiting[c] == 0 {
			ready = append(ready, c)
		}
	}

	// ready doubles as the queue: an index walks it instead of re-slicing.
	taken := 0
	for ; taken < len(ready); taken++ {
		for _, next := range unlocks[ready[taken]] {
			waiting[next]--
			if waiting[next] == 0 {
				ready = append(ready, next)
			}
		}
	}
	return taken == numCourses
}

func main() {
	examples := []struct {
		n       int
		prereqs [][]int
	}{
		{2, [][]int{{1, 0}}},
		{2, [][]int{{1, 0}, {0, 1}}},
		{4, [][]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}},
		{3, [][]int{{0, 0}}}, // a course that requires itself
		{1, nil},
	}
	for _, ex := range examples {
		fmt.Printf("canFinish(%d, %v) = %t\n", ex.n, ex.prereqs, canFinish(ex.n, ex.prereqs))
	}
}
