// Two common goroutine leaks and their fixes. A leaked goroutine is blocked
// forever; the GC never frees it or anything it references.
package main

import (
	"context"
	"fmt"
	"sync"
)

// generate sends 0, 1, 2, ... until ctx is canceled. Without the ctx.Done
// case it would block forever on its send once the consumer stops reading:
// a classic leak.
func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return // the exit path that prevents the leak
			}
		}
	}()
	return out
}

// firstResult asks every replica for the same key and keeps the first reply.
// The channel is buffered to len(replicas) so the slower replicas can still
// send and exit; with an unbuffered channel they would block forever.
func firstResult(replicas map[string]string, wg *sync.WaitGroup) string {
	results := make(chan string, len(replicas))
	for _, value := range replicas {
		wg.Add(1)
		go func(v string) {
			defer wg.Done()
			results <- v // never blocks: there is a buffer slot for everyone
		}(value)
	}
	return <-results
}

func main() {
	var wg sync.WaitGroup

	ctx, cancel := context.WithCancel(context.Background())
	var taken []int
	for v := range generate(ctx, &wg) {
		taken = append(taken, v)
		if len(taken) == 5 {
			break // we stop reading early...
		}
	}
	cancel()  // ...so we must tell the producer to stop.
	wg.Wait() // returns only because the producer exited
	fmt.Println("taken:", taken)
	fmt.Println("producer exited after cancel")

	// Replicas hold the same data, so whichever answers first, the value is the same.
	replicas := map[string]string{"eu": "v7", "us": "v7", "ap": "v7"}
	fmt.Println("config version:", firstResult(replicas, &wg))
	wg.Wait() // returns only because every replica could complete its send
	fmt.Println("all replica goroutines exited")
}
