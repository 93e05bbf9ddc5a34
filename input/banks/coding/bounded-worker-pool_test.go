package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var testErrBoom = errors.New("boom")

func testSquare(_ context.Context, n int) (int, error) { return n * n, nil }

func testSame(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestProcessResults(t *testing.T) {
	testCases := []struct {
		name    string
		jobs    []int
		workers int
		want    []int
	}{
		{name: "squares with 3 workers", jobs: []int{1, 2, 3, 4, 5, 6, 7, 8}, workers: 3, want: []int{1, 4, 9, 16, 25, 36, 49, 64}},
		{name: "one worker", jobs: []int{3, -1, 2}, workers: 1, want: []int{9, 1, 4}},
		{name: "no jobs", jobs: []int{}, workers: 3, want: []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Process(context.Background(), tc.jobs, tc.workers, testSquare)
			if err != nil || !testSame(got, tc.want) {
				t.Errorf("input: jobs = %v, workers = %d, fn = square\ngot: %v, error %v\nwant: %v, error <nil>", tc.jobs, tc.workers, got, err, tc.want)
			}
		})
	}
}

// TestProcessOrder makes the jobs finish in reverse order: job i waits
// until job i+1 has finished. The results must still be in input order.
func TestProcessOrder(t *testing.T) {
	testCases := []struct {
		name string
		jobs []int
		want []int
	}{
		{name: "later jobs finish first", jobs: []int{0, 1, 2, 3, 4}, want: []int{0, 1, 4, 9, 16}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			finished := make([]chan struct{}, len(tc.jobs)+1)
			for i := range finished {
				finished[i] = make(chan struct{})
			}
			close(finished[len(tc.jobs)])
			fn := func(_ context.Context, i int) (int, error) {
				defer close(finished[i])
				select {
				case <-finished[i+1]:
				case <-time.After(2 * time.Second):
					return 0, fmt.Errorf("job %d still waiting for job %d after 2s: the jobs did not run concurrently", i, i+1)
				}
				return i * i, nil
			}
			got, err := Process(context.Background(), tc.jobs, len(tc.jobs), fn)
			if err != nil || !testSame(got, tc.want) {
				t.Errorf("input: jobs = %v, workers = %d, fn = square, job i finishes after job i+1\ngot: %v, error %v\nwant: %v, error <nil>", tc.jobs, len(tc.jobs), got, err, tc.want)
			}
		})
	}
}

// TestProcessLimit checks that exactly `workers` calls run at the same time:
// every call waits until that many are in flight (so a pool that runs fewer
// fails), and the peak is recorded (so a pool that runs more fails).
func TestProcessLimit(t *testing.T) {
	testCases := []struct {
		name    string
		jobs    int
		workers int
	}{
		{name: "2 workers, 8 jobs", jobs: 8, workers: 2},
		{name: "4 workers, 4 jobs", jobs: 4, workers: 4},
		{name: "3 workers, 10 jobs", jobs: 10, workers: 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			jobs := make([]int, tc.jobs)
			for i := range jobs {
				jobs[i] = i + 1
			}
			var (
				mu       sync.Mutex
				inFlight int
				peak     int
			)
			full := make(chan struct{})
			fn := func(_ context.Context, n int) (int, error) {
				mu.Lock()
				inFlight++
				if inFlight > peak {
					peak = inFlight
				}
				if inFlight == tc.workers && peak == tc.workers {
					select {
					case <-full:
					default:
						close(full)
					}
				}
				mu.Unlock()
				defer func() {
					mu.Lock()
					inFlight--
					mu.Unlock()
				}()
				select {
				case <-full:
				case <-time.After(2 * time.Second):
					return 0, errors.New("fewer calls than workers ran at once for 2s")
				}
				return n, nil
			}
			got, err := Process(context.Background(), jobs, tc.workers, fn)
			mu.Lock()
			defer mu.Unlock()
			if err != nil || peak != tc.workers || !testSame(got, jobs) {
				t.Errorf("input: jobs = %v, workers = %d, fn = identity that waits until %d calls run at once\ngot: %v, error %v, peak %d calls at once\nwant: %v, error <nil>, peak %d calls at once", jobs, tc.workers, tc.workers, got, err, peak, jobs, tc.workers)
			}
		})
	}
}

func TestProcessError(t *testing.T) {
	testCases := []struct {
		name      string
		jobs      []int
		workers   int
		failJob   int  // the job whose call returns testErrBoom
		block     bool // other calls wait for the context to be cancelled
		precancel bool // the caller's context is already cancelled
		maxCalls  int  // at most this many calls may start
		wantErr   error
	}{
		{name: "first job fails, others wait for cancel", jobs: []int{0, 1, 2, 3, 4, 5}, workers: 3, failJob: 0, block: true, maxCalls: 3, wantErr: testErrBoom},
		{name: "one worker stops at the failure", jobs: []int{1, 2, 3, 4, 5, 6}, workers: 1, failJob: 4, maxCalls: 4, wantErr: testErrBoom},
		{name: "caller cancelled before the start", jobs: []int{1, 2, 3}, workers: 2, failJob: -1, precancel: true, maxCalls: 0, wantErr: context.Canceled},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.precancel {
				cancel()
			}
			var calls, stuck int32
			fn := func(ctx context.Context, n int) (int, error) {
				atomic.AddInt32(&calls, 1)
				if n == tc.failJob {
					return 0, testErrBoom
				}
				if tc.block {
					select {
					case <-ctx.Done():
						return 0, ctx.Err()
					case <-time.After(2 * time.Second):
						atomic.AddInt32(&stuck, 1)
						return 0, errors.New("context not cancelled 2s after the failure")
					}
				}
				return n, nil
			}
			got, err := Process(ctx, tc.jobs, tc.workers, fn)
			n := int(atomic.LoadInt32(&calls))
			uncancelled := atomic.LoadInt32(&stuck)
			if !errors.Is(err, tc.wantErr) || got != nil || n > tc.maxCalls || uncancelled > 0 {
				t.Errorf("input: jobs = %v, workers = %d, job %d fails, caller cancelled: %v\ngot: %v, error %v, %d calls started, %d calls never saw ctx cancelled\nwant: [], error %v, at most %d calls started, 0 calls never saw ctx cancelled", tc.jobs, tc.workers, tc.failJob, tc.precancel, got, err, n, uncancelled, tc.wantErr, tc.maxCalls)
			}
		})
	}
}
