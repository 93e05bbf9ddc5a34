package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testFree counts the free units with TryAcquire(1) and gives them back.
// Call it only when no Acquire is waiting.
func testFree(s *Semaphore, size int64) int64 {
	var n int64
	for n <= size && s.TryAcquire(1) {
		n++
	}
	if n > 0 {
		s.Release(n)
	}
	return n
}

// testReturnsWithin waits up to d for ch. It is used with a short d only to
// check that a call is still blocked, which a correct solution always is.
func testReturnsWithin(ch <-chan error, d time.Duration) (error, bool) {
	select {
	case err := <-ch:
		return err, true
	case <-time.After(d):
		return nil, false
	}
}

func TestTryAcquire(t *testing.T) {
	testCases := []struct {
		name  string
		size  int64
		steps []string // "try N" logs the result; "release N" releases
		want  string
	}{
		{name: "fills up exactly", size: 10, steps: []string{"try 3", "try 8", "try 7", "try 1"}, want: "true false true false"},
		{name: "release frees units", size: 5, steps: []string{"try 5", "try 1", "release 2", "try 3", "try 2", "try 6"}, want: "true false false true false"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSemaphore(tc.size)
			var got []string
			for _, step := range tc.steps {
				f := strings.Fields(step)
				n, _ := strconv.ParseInt(f[1], 10, 64)
				if f[0] == "try" {
					got = append(got, strconv.FormatBool(s.TryAcquire(n)))
				} else {
					s.Release(n)
				}
			}
			if strings.Join(got, " ") != tc.want {
				t.Errorf("input: size = %d, steps = %q\ngot: %s\nwant: %s", tc.size, tc.steps, strings.Join(got, " "), tc.want)
			}
		})
	}
}

func TestAcquire(t *testing.T) {
	testCases := []struct {
		name     string
		size     int64
		hold     int64  // taken with TryAcquire first
		n        int64  // Acquire(ctx, n) runs in a goroutine
		action   string // what unblocks it: "", "release K" or "cancel"
		wantErr  error
		wantFree int64 // free units afterwards
	}{
		{name: "units free, no wait", size: 10, hold: 2, n: 5, action: "", wantErr: nil, wantFree: 3},
		{name: "waits for a release", size: 10, hold: 8, n: 5, action: "release 3", wantErr: nil, wantFree: 0},
		{name: "cancelled while waiting", size: 10, hold: 8, n: 5, action: "cancel", wantErr: context.Canceled, wantFree: 2},
		{name: "more than size waits for ctx", size: 4, hold: 0, n: 5, action: "cancel", wantErr: context.Canceled, wantFree: 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("size = %d, hold %d, Acquire(ctx, %d), then %q", tc.size, tc.hold, tc.n, tc.action)
			s := NewSemaphore(tc.size)
			if tc.hold > 0 && !s.TryAcquire(tc.hold) {
				t.Errorf("input: %s\ngot: TryAcquire(%d) = false on a new semaphore\nwant: true", input, tc.hold)
				return
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() { done <- s.Acquire(ctx, tc.n) }()

			if tc.action != "" {
				if err, returned := testReturnsWithin(done, 20*time.Millisecond); returned {
					t.Errorf("input: %s\ngot: Acquire returned %v before %q\nwant: Acquire blocked until %q", input, err, tc.action, tc.action)
					return
				}
				if tc.action == "cancel" {
					cancel()
				} else {
					k, _ := strconv.ParseInt(strings.Fields(tc.action)[1], 10, 64)
					s.Release(k)
				}
			}
			err, returned := testReturnsWithin(done, 2*time.Second)
			if !returned {
				t.Errorf("input: %s\ngot: Acquire still blocked after 2s\nwant: error %v, %d units free", input, tc.wantErr, tc.wantFree)
				return
			}
			free := testFree(s, tc.size)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) || free != tc.wantFree {
				t.Errorf("input: %s\ngot: error %v, %d units free\nwant: error %v, %d units free", input, err, free, tc.wantErr, tc.wantFree)
			}
		})
	}
}

// TestCancelHeadWaiter queues a large request and then a small one behind it.
// Cancelling the large one must let the small one in: nothing else will
// ever wake it.
func TestCancelHeadWaiter(t *testing.T) {
	testCases := []struct {
		name     string
		size     int64
		hold     int64
		big      int64
		small    int64
		wantFree int64
	}{
		{name: "cancelling the head waiter lets the next one in", size: 10, hold: 8, big: 5, small: 2, wantFree: 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("size = %d, hold %d, Acquire(ctx1, %d) waits, Acquire(ctx2, %d) queued behind it, then cancel ctx1", tc.size, tc.hold, tc.big, tc.small)
			s := NewSemaphore(tc.size)
			s.TryAcquire(tc.hold)
			ctx1, cancel1 := context.WithCancel(context.Background())
			defer cancel1()
			bigDone := make(chan error, 1)
			go func() { bigDone <- s.Acquire(ctx1, tc.big) }()
			testReturnsWithin(bigDone, 20*time.Millisecond) // give it time to queue first
			smallDone := make(chan error, 1)
			go func() { smallDone <- s.Acquire(context.Background(), tc.small) }()
			testReturnsWithin(smallDone, 20*time.Millisecond)
			cancel1()

			bigErr, bigBack := testReturnsWithin(bigDone, 2*time.Second)
			smallErr, smallBack := testReturnsWithin(smallDone, 2*time.Second)
			var free int64 = -1
			if bigBack && smallBack {
				free = testFree(s, tc.size)
			}
			if !bigBack || !smallBack || !errors.Is(bigErr, context.Canceled) || smallErr != nil || free != tc.wantFree {
				t.Errorf("input: %s\ngot: big returned %v with %v, small returned %v with %v, %d units free\nwant: big returned true with %v, small returned true with <nil>, %d units free",
					input, bigBack, bigErr, smallBack, smallErr, free, context.Canceled, tc.wantFree)
			}
		})
	}
}

// TestStress runs many goroutines that take and return weighted units and
// records the most units ever held at once.
func TestStress(t *testing.T) {
	testCases := []struct {
		name       string
		size       int64
		goroutines int
		rounds     int
	}{
		{name: "20 goroutines, weights 1 to 3, size 5", size: 5, goroutines: 20, rounds: 50},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("size = %d, %d goroutines x %d rounds of Acquire(ctx, w), Release(w) with w from 1 to 3", tc.size, tc.goroutines, tc.rounds)
			s := NewSemaphore(tc.size)
			var (
				mu   sync.Mutex
				held int64
				peak int64
				errs int
				wg   sync.WaitGroup
			)
			for g := 0; g < tc.goroutines; g++ {
				wg.Add(1)
				go func(g int) {
					defer wg.Done()
					for r := 0; r < tc.rounds; r++ {
						w := int64(1 + (g+r)%3)
						if err := s.Acquire(context.Background(), w); err != nil {
							mu.Lock()
							errs++
							mu.Unlock()
							return
						}
						mu.Lock()
						held += w
						if held > peak {
							peak = held
						}
						mu.Unlock()
						mu.Lock()
						held -= w
						mu.Unlock()
						s.Release(w)
					}
				}(g)
			}
			done := make(chan struct{})
			go func() {
				wg.Wait()
				close(done)
			}()
			select {
			case <-done:
				free := testFree(s, tc.size)
				if peak > tc.size || errs > 0 || free != tc.size {
					t.Errorf("input: %s\ngot: at most %d units held at once, %d errors, %d free at the end\nwant: at most %d units held at once, 0 errors, %d free at the end", input, peak, errs, free, tc.size, tc.size)
				}
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: goroutines still blocked after 2s\nwant: all done, at most %d units held at once", input, tc.size)
			}
		})
	}
}
