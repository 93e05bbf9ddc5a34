// Two correct ways to share a counter between goroutines. The unsafe version,
// a plain count++ from many goroutines, is a data race: run it under
// `go run -race` and the race detector reports it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const (
	workers    = 50
	increments = 1000
)

// MutexCounter guards its map with a mutex, so it can protect several
// fields or a compound update at once.
type MutexCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

// Inc adds one to key. The lock makes the read-modify-write atomic.
func (c *MutexCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[key]++
}

// Get reads key under the same lock; unlocked reads would also be a race.
func (c *MutexCounter) Get(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counts[key]
}

// run starts workers goroutines that each call inc increments times, and
// waits for all of them.
func run(inc func()) {
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < increments; i++ {
				inc()
			}
		}()
	}
	wg.Wait() // Wait also makes every write visible to main afterwards
}

func main() {
	mc := &MutexCounter{counts: make(map[string]int)}
	run(func() { mc.Inc("hits") })
	fmt.Println("mutex counter: ", mc.Get("hits"))

	// atomic.Int64 (Go 1.19+) is the cheapest fix for a single number.
	var hits atomic.Int64
	run(func() { hits.Add(1) })
	fmt.Println("atomic counter:", hits.Load())

	fmt.Println("expected:      ", workers*increments)
}
