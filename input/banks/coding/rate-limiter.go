// Rate limiter: a thread-safe token bucket with an injectable clock.
package main

import (
	"fmt"
	"sync"
	"time"
)

// Clock tells the bucket what time it is. Production code passes a clock
// backed by time.Now; tests and examples pass a fake they can move by hand.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// TokenBucket allows bursts of up to capacity requests and a long-run rate
// of one request per interval. It refills lazily inside Allow, so it needs
// no background goroutine and there is nothing to stop or leak.
type TokenBucket struct {
	mu       sync.Mutex
	clock    Clock
	capacity int
	interval time.Duration // one token is earned every interval
	tokens   int
	last     time.Time // refills have been credited up to this instant
}

// NewTokenBucket returns a full bucket. A nil clock means the real clock.
func NewTokenBucket(capacity int, interval time.Duration, clock Clock) *TokenBucket {
	if clock == nil {
		clock = systemClock{}
	}
	return &TokenBucket{
		clock:    clock,
		capacity: capacity,
		interval: interval,
		tokens:   capacity,
		last:     clock.Now(),
	}
}

// Allow reports whether one request may proceed now, spending a token if so.
// It is safe for concurrent use.
func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(b.clock.Now())
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

// refill credits the whole tokens earned since b.last. The caller holds b.mu.
func (b *TokenBucket) refill(now time.Time) {
	earned := now.Sub(b.last) / b.interval // whole intervals elapsed
	if earned <= 0 {
		return // less than one interval, or the clock went backwards
	}
	if earned >= time.Duration(b.capacity-b.tokens) {
		// Full: a full bucket cannot bank time, so restart the refill clock.
		b.tokens = b.capacity
		b.last = now
		return
	}
	b.tokens += int(earned)
	// Advance by whole intervals only, so a partial interval is not lost.
	b.last = b.last.Add(earned * b.interval)
}

// fakeClock is a manually advanced Clock for deterministic examples.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// burst sends n requests back to back and records which were allowed.
func burst(b *TokenBucket, n int) []bool {
	results := make([]bool, n)
	for i := range results {
		results[i] = b.Allow()
	}
	return results
}

func main() {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := &fakeClock{now: start}
	elapsed := func() time.Duration { return clock.Now().Sub(start) }

	// Burst of 3, then one new token every 100ms.
	bucket := NewTokenBucket(3, 100*time.Millisecond, clock)

	fmt.Printf("t=%v: 5 requests -> %v\n", elapsed(), burst(bucket, 5))
	clock.Advance(150 * time.Millisecond) // 1 token earned, 50ms carried over
	fmt.Printf("t=%v: 2 requests -> %v\n", elapsed(), burst(bucket, 2))
	clock.Advance(50 * time.Millisecond) // the carried 50ms completes a token
	fmt.Printf("t=%v: 2 requests -> %v\n", elapsed(), burst(bucket, 2))
	clock.Advance(time.Second) // 10 intervals pass, but the bucket holds only 3
	fmt.Printf("t=%v: 5 requests -> %v\n", elapsed(), burst(bucket, 5))

	// Concurrent callers: time is frozen, so exactly capacity requests pass
	// no matter how the goroutines interleave.
	clock.Advance(time.Second)
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		allowed int
	)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if bucket.Allow() {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("t=%v: 10 concurrent requests -> %d allowed\n", elapsed(), allowed)
}
