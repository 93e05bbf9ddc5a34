// Pipeline with fan-out and fan-in: a generator feeds several parallel
// squaring stages, and a merge stage combines their outputs into one
// channel. Cancelling the context shuts every goroutine down.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

// Generate sends nums on the returned channel and then closes it. It stops
// early, and still closes the channel, when ctx is done.
func Generate(ctx context.Context, nums []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out) // the owner, and only the owner, closes
		for _, n := range nums {
			select {
			case out <- n:
			case <-ctx.Done():
				return // nobody may be reading any more: never block on the send
			}
		}
	}()
	return out
}

// Square sends the square of every value from in. It closes its output when
// in is closed or ctx is done, whichever comes first.
func Square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			// Wait on the receive and on ctx together: with a plain
			// `for v := range in`, a stage whose input never closes would
			// ignore the cancellation and leak.
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v * v:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// Merge forwards every value from every input to one channel, which it
// closes after all the inputs are closed, or soon after ctx is done.
func Merge(ctx context.Context, ins ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	forward := func(in <-chan int) {
		defer wg.Done()
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}
	wg.Add(len(ins)) // before starting anything, so Wait cannot return early
	for _, in := range ins {
		go forward(in)
	}
	// A separate goroutine closes out once every forwarder has returned;
	// closing it from a forwarder would panic the others' sends.
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// Pipeline squares nums with workers parallel Square stages reading from one
// generator (fan-out) and merges their outputs (fan-in). The order of the
// results is not defined.
func Pipeline(ctx context.Context, nums []int, workers int) <-chan int {
	if workers < 1 {
		workers = 1
	}
	src := Generate(ctx, nums)
	stages := make([]<-chan int, workers)
	for i := range stages {
		stages[i] = Square(ctx, src) // all stages receive from the same channel
	}
	return Merge(ctx, stages...)
}

// sorted collects everything from ch until it is closed and sorts it, since
// the parallel stages finish in no fixed order.
func sorted(ch <-chan int) []int {
	var out []int
	for v := range ch {
		out = append(out, v)
	}
	sort.Ints(out)
	return out
}

// goroutinesBackTo waits, for at most a second, until no more than base
// goroutines are running. A goroutine that has closed its channel still
// needs a moment to return.
func goroutinesBackTo(base int) bool {
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > base {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

func main() {
	ctx := context.Background()
	fmt.Println("squares of 1..6, 3 workers:", sorted(Pipeline(ctx, []int{1, 2, 3, 4, 5, 6}, 3)))
	fmt.Println("squares of [-2 0 2], 2 workers:", sorted(Pipeline(ctx, []int{-2, 0, 2}, 2)))

	sum := 0
	for v := range Pipeline(ctx, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 4) {
		sum += v
	}
	fmt.Println("sum of squares of 1..10:", sum)

	// Read a few values from a long pipeline, then cancel.
	base := runtime.NumGoroutine()
	nums := make([]int, 100000)
	for i := range nums {
		nums[i] = i
	}
	cctx, cancel := context.WithCancel(ctx)
	out := Pipeline(cctx, nums, 4)
	for i := 0; i < 3; i++ {
		<-out
	}
	cancel()
	rest := 0
	for range out { // a few values may still arrive before the close
		rest++
	}
	fmt.Println("after cancel: output closed early:", rest < len(nums)-3)
	fmt.Println("after cancel: every goroutine returned:", goroutinesBackTo(base))
}
