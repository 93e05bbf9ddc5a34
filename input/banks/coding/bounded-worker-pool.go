// Bounded worker pool: run a function over every job with at most `workers`
// goroutines, keep the results in input order, and stop everything on the
// first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

// Process calls fn on every job using at most workers goroutines and returns
// the results in the order of jobs. Jobs are handed out in input order. When
// a call fails, the context passed to the other calls is cancelled, no new
// call starts, and Process returns nil and the first error.
func Process[T, R any](ctx context.Context, jobs []T, workers int, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		workers = 1
	}
	if workers > len(jobs) {
		workers = len(jobs) // no point starting idle goroutines
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // releases the context's resources on every path

	// Each worker writes only results[i] for the indices it receives, so
	// the workers never touch the same element and need no lock for it.
	results := make([]R, len(jobs))
	indices := make(chan int)

	var (
		once     sync.Once
		firstErr error
	)
	fail := func(err error) {
		// Record the error before cancelling, so the calls that fail with
		// ctx.Err() afterwards cannot win the race to be "first".
		once.Do(func() {
			firstErr = err
			cancel()
		})
	}

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1) // on Go 1.25+, wg.Go(func() { ... }) does Add and Done
		go func() {
			defer wg.Done()
			for i := range indices {
				// The feeder's select may hand out an index after the
				// cancel, so check again right before starting the call.
				if ctx.Err() != nil {
					continue // keep draining; the feeder stops soon
				}
				r, err := fn(ctx, jobs[i])
				if err != nil {
					fail(err)
					continue
				}
				results[i] = r
			}
		}()
	}

	// Feed indices in input order until done or cancelled. Closing the
	// channel is what lets every worker's range loop end.
feed:
	for i := range jobs {
		select {
		case indices <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(indices)
	wg.Wait()

	if firstErr != nil { // safe to read: wg.Wait orders it after the write
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err // the caller's context was cancelled
	}
	return results, nil
}

func main() {
	ctx := context.Background()
	square := func(_ context.Context, n int) (int, error) { return n * n, nil }

	out, err := Process(ctx, []int{1, 2, 3, 4, 5, 6, 7, 8}, 3, square)
	fmt.Println("squares, 3 workers:", out, err)

	out, err = Process(ctx, []int{}, 4, square)
	fmt.Println("no jobs:", out, err)

	// Count how many calls are running at once: never more than 2.
	var running, peak int32
	_, _ = Process(ctx, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 2, func(_ context.Context, n int) (int, error) {
		now := atomic.AddInt32(&running, 1)
		for {
			old := atomic.LoadInt32(&peak)
			if now <= old || atomic.CompareAndSwapInt32(&peak, old, now) {
				break
			}
		}
		atomic.AddInt32(&running, -1)
		return n, nil
	})
	fmt.Println("2 workers, at most 2 calls at once:", atomic.LoadInt32(&peak) <= 2)

	// Job 4 fails; with one worker, jobs 5 and 6 never start.
	var calls int32
	errBad := errors.New("job 4 is bad")
	out, err = Process(ctx, []int{1, 2, 3, 4, 5, 6}, 1, func(_ context.Context, n int) (int, error) {
		atomic.AddInt32(&calls, 1)
		if n == 4 {
			return 0, errBad
		}
		return n, nil
	})
	fmt.Printf("failure: results %v, error %q, calls %d\n", out, err, atomic.LoadInt32(&calls))
}
