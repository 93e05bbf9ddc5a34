// Goroutines are cheap enough that having ten thousand of them alive at the
// same time is an everyday operation, not a resource problem.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// fanOut starts n goroutines that all block on the same gate channel, so none
// of them can finish before main closes the gate. Closing the gate wakes every
// one of them; each then adds its id to a shared total with an atomic add.
func fanOut(n int) (alive int, total int64) {
	var started, done sync.WaitGroup
	var running atomic.Int32
	var sum atomic.Int64
	gate := make(chan struct{})

	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func(id int) {
			defer done.Done()
			running.Add(1)
			started.Done()
			<-gate // park until the gate is closed
			sum.Add(int64(id))
		}(i)
	}

	started.Wait() // all n goroutines are running, none has passed the gate
	alive = int(running.Load())
	close(gate) // a single close releases every receiver
	done.Wait()
	return alive, sum.Load()
}

func main() {
	// GOMAXPROCS is the number of Ps: how many goroutines can execute Go code
	// in parallel. It defaults to the CPU count, so we print a check rather
	// than a machine-dependent number.
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)

	alive, total := fanOut(10000)
	fmt.Println("goroutines alive at once:", alive)
	fmt.Println("sum of ids 0..9999:", total)
}
