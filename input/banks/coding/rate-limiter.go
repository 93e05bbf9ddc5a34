// Rate limiter: a thread-safe token bucket that refills lazily from the time
// each call passes in. This file is tests, not a program: run it with
// go test (the Go Playground runs it as tests too, because it has no main).
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"testing"
	"time"
)

// TokenBucket admits bursts of up to capacity requests and, over the long
// run, one request per interval. It has no goroutine: each call credits the
// tokens earned since the previous one, so there is nothing to stop or leak.
type TokenBucket struct {
	mu       sync.Mutex
	capacity int
	interval time.Duration // one token is earned per interval
	tokens   int
	last     time.Time // earned time has been credited up to this instant
}

// NewTokenBucket returns a full bucket.
func NewTokenBucket(capacity int, interval time.Duration) *TokenBucket {
	if capacity < 1 || interval <= 0 {
		panic("NewTokenBucket: need capacity >= 1 and interval > 0")
	}
	return &TokenBucket{capacity: capacity, interval: interval, tokens: capacity}
}

// Allow reports whether a request may proceed now, spending a token if so.
func (b *TokenBucket) Allow() bool { return b.AllowAt(time.Now()) }

// AllowAt is Allow for a request that arrives at now. Taking the time as an
// argument is what makes the bucket testable without a clock or a sleep.
// It is safe for concurrent use.
func (b *TokenBucket) AllowAt(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

// refill credits the whole tokens earned between b.last and now. The caller
// holds b.mu.
func (b *TokenBucket) refill(now time.Time) {
	elapsed := now.Sub(b.last)
	if elapsed <= 0 {
		return // the same instant, or a clock that went backwards
	}
	earned := elapsed / b.interval // whole intervals, as a count
	if missing := b.capacity - b.tokens; earned >= time.Duration(missing) {
		// The bucket is full, or fills up before now. A full bucket has no
		// room for the time it spends full, so that time is dropped: the
		// next token is a whole interval after now. (A full bucket always
		// takes this branch, because missing is 0.)
		b.tokens = b.capacity
		b.last = now
		return
	}
	b.tokens += int(earned)
	// Advance by whole intervals only, so a partial interval carries over.
	b.last = b.last.Add(earned * b.interval)
}

// start is t = 0 in the examples and tests.
var start = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// burst sends n requests at the same instant and records which were allowed.
func burst(b *TokenBucket, at time.Duration, n int) []bool {
	results := make([]bool, n)
	for i := range results {
		results[i] = b.AllowAt(start.Add(at))
	}
	return results
}

func ExampleTokenBucket() {
	// Bursts of up to 3, then one new token every 100ms.
	b := NewTokenBucket(3, 100*time.Millisecond)
	fmt.Println("t=0s:    5 requests ->", burst(b, 0, 5))
	fmt.Println("t=150ms: 2 requests ->", burst(b, 150*time.Millisecond, 2))  // 1 token, 50ms carried over
	fmt.Println("t=200ms: 2 requests ->", burst(b, 200*time.Millisecond, 2))  // the 50ms completes a token
	fmt.Println("t=1.2s:  5 requests ->", burst(b, 1200*time.Millisecond, 5)) // 10 intervals, but room for 3

	// A bucket left full until t=99ms banked nothing while it was full.
	idle := NewTokenBucket(3, 100*time.Millisecond)
	fmt.Println("idle until 99ms: 3 requests ->", burst(idle, 99*time.Millisecond, 3))
	fmt.Println("t=100ms: 1 request ->", burst(idle, 100*time.Millisecond, 1))
	fmt.Println("t=199ms: 1 request ->", burst(idle, 199*time.Millisecond, 1))

	// Concurrent callers at one instant: exactly capacity requests pass, however
	// the goroutines interleave.
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		allowed int
	)
	at := start.Add(5 * time.Second)
	for i := 0; i < 10; i++ {
		wg.Add(1) // on Go 1.25+, wg.Go(func() { ... }) does the Add and the Done
		go func() {
			defer wg.Done()
			if b.AllowAt(at) {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("t=5s: 10 concurrent requests ->", allowed, "allowed")

	// Output:
	// t=0s:    5 requests -> [true true true false false]
	// t=150ms: 2 requests -> [true false]
	// t=200ms: 2 requests -> [true false]
	// t=1.2s:  5 requests -> [true true true false false]
	// idle until 99ms: 3 requests -> [true true true]
	// t=100ms: 1 request -> [false]
	// t=199ms: 1 request -> [true]
	// t=5s: 10 concurrent requests -> 3 allowed
}

// checkRun replays requests at the given offsets from start (in order) on a
// new bucket and checks the two properties that define a token bucket:
//
//   - Bound: every window [t1, t2] admits at most
//     capacity + ⌊(t2 − t1) / interval⌋ requests. Checking every window whose
//     ends are admitted requests covers all windows: any other window admits
//     the same requests as the tightest such window inside it, and is longer.
//   - Progress: a request that arrives a whole interval or more after the last
//     admitted one (or is the first) is admitted, so "refuse everything" fails.
func checkRun(capacity int, interval time.Duration, offsets []time.Duration) error {
	b := NewTokenBucket(capacity, interval)
	var admitted []time.Duration
	for _, at := range offsets {
		ok := b.AllowAt(start.Add(at))
		if !ok && (len(admitted) == 0 || at-admitted[len(admitted)-1] >= interval) {
			return fmt.Errorf("request at %v refused, %v after the last admitted one", at, since(admitted, at))
		}
		if ok {
			admitted = append(admitted, at)
		}
	}
	for i := range admitted {
		for j := i; j < len(admitted); j++ {
			count := j - i + 1
			limit := capacity + int((admitted[j]-admitted[i])/interval)
			if count > limit {
				return fmt.Errorf("window [%v, %v] admitted %d requests, limit %d",
					admitted[i], admitted[j], count, limit)
			}
		}
	}
	return nil
}

func since(admitted []time.Duration, at time.Duration) string {
	if len(admitted) == 0 {
		return "nothing admitted before it, so"
	}
	return (at - admitted[len(admitted)-1]).String()
}

// TestFullBucketBanksNoTime is the case a lazy bucket gets wrong when it moves
// last only on refill: full and untouched from t=0, it takes 3 requests at
// t=99ms; the 4th at t=100ms would make 4 in a 1ms window, limit 3.
func TestFullBucketBanksNoTime(t *testing.T) {
	ms := time.Millisecond
	b := NewTokenBucket(3, 100*ms)
	for i := 0; i < 3; i++ {
		if !b.AllowAt(start.Add(99 * ms)) {
			t.Fatalf("request %d at t=99ms refused; a full bucket holds 3 tokens", i+1)
		}
	}
	if b.AllowAt(start.Add(100 * ms)) {
		t.Fatal("4th request at t=100ms admitted: the bucket banked the 99ms it sat full")
	}
	if err := checkRun(3, 100*ms, []time.Duration{99 * ms, 99 * ms, 99 * ms, 100 * ms, 199 * ms}); err != nil {
		t.Fatal(err)
	}
}

// TestWindowBound checks both properties on random request times, from a
// fixed seed so that a failure reproduces.
func TestWindowBound(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	for trial := 0; trial < 5000; trial++ {
		capacity := 1 + rng.Intn(5)
		interval := time.Duration(1+rng.Intn(100)) * time.Millisecond
		offsets := make([]time.Duration, 1+rng.Intn(40))
		var at time.Duration
		for i := range offsets {
			at += randomGap(rng, capacity, interval)
			offsets[i] = at
		}
		if err := checkRun(capacity, interval, offsets); err != nil {
			t.Fatalf("trial %d, capacity %d, interval %v, requests at %v: %v",
				trial, capacity, interval, offsets, err)
		}
	}
}

// randomGap picks the time to the next request, favoring the gaps where
// off-by-one mistakes live: none at all, a whole number of intervals, one
// nanosecond either side of it, and idle stretches long enough to fill up.
func randomGap(rng *rand.Rand, capacity int, interval time.Duration) time.Duration {
	whole := time.Duration(1+rng.Intn(capacity+1)) * interval
	switch rng.Intn(6) {
	case 0, 1:
		return 0
	case 2:
		return time.Duration(rng.Int63n(int64(interval)))
	case 3:
		return whole
	case 4:
		return whole + time.Duration(rng.Intn(3)-1) // one nanosecond short, exact, or over
	default:
		return time.Duration(rng.Int63n(int64(2 * time.Duration(capacity) * interval)))
	}
}
