// sync.Map suits two access patterns: keys written once and then read many
// times, and goroutines working on disjoint sets of keys. For anything else
// a plain map behind a mutex is simpler and usually as fast.
package main

import (
	"fmt"
	"sort"
	"sync"
)

// Interner returns one canonical copy of each string: a write-once,
// read-mostly cache, which is what sync.Map is built for.
type Interner struct {
	m sync.Map // string -> string
}

func (in *Interner) Intern(s string) string {
	if v, ok := in.m.Load(s); ok {
		return v.(string) // the fast path takes no lock
	}
	// LoadOrStore makes the first writer win if two goroutines race here.
	v, _ := in.m.LoadOrStore(s, s)
	return v.(string)
}

// Counter is the case sync.Map does not fit: every call writes an existing
// key. A mutex and a typed map are clearer and need no type assertions.
type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[key]++
}

func main() {
	var in Interner
	var wg sync.WaitGroup
	words := []string{"go", "map", "sync", "go", "map", "go"}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range words {
				in.Intern(w)
			}
		}()
	}
	wg.Wait()

	var keys []string
	in.m.Range(func(k, _ any) bool { // each key once; not a snapshot
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println("interned:", keys)

	actual, loaded := in.m.LoadOrStore("go", "other")
	fmt.Println("LoadOrStore existing:", actual, loaded)
	in.m.Delete("sync")
	_, ok := in.m.Load("sync")
	fmt.Println("after Delete, found:", ok)

	c := Counter{n: map[string]int{}}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				c.Inc("hits")
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex counter:", c.n["hits"])
}
