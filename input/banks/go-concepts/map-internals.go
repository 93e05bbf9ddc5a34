// Maps: iteration order is unspecified and deliberately varied, values are
// not addressable, and a map is a reference to a runtime hash table.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type point struct{ X, Y int }

// bump changes the caller's map: the map value is a pointer to the table.
func bump(m map[string]int) { m["calls"]++ }

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}

	// The runtime starts each range at a random position, so code cannot
	// come to depend on an order that a later release might change.
	firsts := map[string]bool{}
	for i := 0; i < 100; i++ {
		for k := range m {
			firsts[k] = true
			break
		}
	}
	fmt.Println("range started at different keys:", len(firsts) > 1)

	// For a stable order, sort the keys.
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("sorted keys:", keys)

	// Deleting during range is allowed; deleted entries are not visited.
	for k, v := range m {
		if v%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println("after deleting even values:", len(m))

	// m[k].X = 1 does not compile: a map value is not addressable, because
	// growth moves entries. Read, modify, write back (or store pointers).
	pts := map[string]point{"p": {1, 2}}
	p := pts["p"]
	p.X = 10
	pts["p"] = p
	fmt.Println("updated struct value:", pts["p"])

	calls := map[string]int{}
	bump(calls)
	bump(calls)
	fmt.Println("calls:", calls["calls"])

	// Concurrent writes need a lock; without one the runtime may stop the
	// program with "fatal error: concurrent map writes".
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[int]int{}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				counts[i%10]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("locked counts[0]:", counts[0])
}
