package main

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"
)

// testT0 is t = 0 for every test: the tests pass instants to AllowAt, so
// they control the clock and never sleep. It lies far in the future, so a
// bucket that reads time.Now() in NewTokenBucket also sees it as later.
var testT0 = time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)

// testBurst is n requests that arrive at the same instant.
type testBurst struct {
	at time.Duration
	n  int
}

func TestTokenBucket(t *testing.T) {
	ms := time.Millisecond
	testCases := []struct {
		name     string
		capacity int
		interval time.Duration
		bursts   []testBurst
		want     [][]bool
	}{
		{
			name: "burst, then refill", capacity: 3, interval: 100 * ms,
			bursts: []testBurst{{0, 5}, {150 * ms, 2}, {200 * ms, 2}, {1200 * ms, 5}},
			want:   [][]bool{{true, true, true, false, false}, {true, false}, {true, false}, {true, true, true, false, false}},
		},
		{
			name: "full bucket banks no time", capacity: 3, interval: 100 * ms,
			bursts: []testBurst{{99 * ms, 3}, {100 * ms, 1}, {199 * ms, 1}},
			want:   [][]bool{{true, true, true}, {false}, {true}},
		},
		{
			name: "refilling to full banks no time", capacity: 3, interval: 100 * ms,
			bursts: []testBurst{{0, 1}, {199 * ms, 3}, {200 * ms, 1}, {299 * ms, 1}},
			want:   [][]bool{{true}, {true, true, true}, {false}, {true}},
		},
		{
			name: "partial interval carries over", capacity: 2, interval: 100 * ms,
			bursts: []testBurst{{0, 2}, {60 * ms, 1}, {120 * ms, 1}, {199 * ms, 1}, {200 * ms, 1}},
			want:   [][]bool{{true, true}, {false}, {true}, {false}, {true}},
		},
		{
			name: "capacity one", capacity: 1, interval: 50 * ms,
			bursts: []testBurst{{0, 2}, {49 * ms, 1}, {50 * ms, 2}, {500 * ms, 2}},
			want:   [][]bool{{true, false}, {false}, {true, false}, {true, false}},
		},
		{
			name: "one nanosecond short of a token", capacity: 2, interval: 100 * ms,
			bursts: []testBurst{{0, 2}, {100*ms - 1, 1}, {100 * ms, 1}, {100 * ms, 1}},
			want:   [][]bool{{true, true}, {false}, {true}, {false}},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			b := NewTokenBucket(tc.capacity, tc.interval)
			var got [][]bool
			var steps []string
			for _, burst := range tc.bursts {
				res := make([]bool, burst.n)
				for i := range res {
					res[i] = b.AllowAt(testT0.Add(burst.at))
				}
				got = append(got, res)
				steps = append(steps, fmt.Sprintf("%d at %v", burst.n, burst.at))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("input: capacity = %d, interval = %v, requests: %s\ngot: %v\nwant: %v", tc.capacity, tc.interval, strings.Join(steps, ", "), got, tc.want)
			}
		})
	}
}

// TestTokenBucketConcurrent sends many requests for the same instant from
// separate goroutines: exactly capacity of them may pass.
func TestTokenBucketConcurrent(t *testing.T) {
	testCases := []struct {
		name       string
		capacity   int
		goroutines int
	}{
		{name: "10 callers, capacity 3", capacity: 3, goroutines: 10},
		{name: "50 callers, capacity 20", capacity: 20, goroutines: 50},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			b := NewTokenBucket(tc.capacity, time.Second)
			at := testT0.Add(5 * time.Second)
			var (
				wg      sync.WaitGroup
				mu      sync.Mutex
				allowed int
			)
			for i := 0; i < tc.goroutines; i++ {
				wg.Add(1)
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
			if allowed != tc.capacity {
				t.Errorf("input: capacity = %d, interval = 1s, %d goroutines call AllowAt(t=5s) at once\ngot: %d allowed\nwant: %d allowed", tc.capacity, tc.goroutines, allowed, tc.capacity)
			}
		})
	}
}

// testCheck replays requests at the given offsets on a new bucket and checks
// the two properties of a token bucket. Bound: every window [t1, t2] between
// two admitted requests admits at most capacity + (t2-t1)/interval of them.
// Progress: a request a whole interval or more after the last admitted one
// (or the very first request) is admitted.
func testCheck(capacity int, interval time.Duration, offsets []time.Duration) string {
	b := NewTokenBucket(capacity, interval)
	var admitted []time.Duration
	for _, at := range offsets {
		ok := b.AllowAt(testT0.Add(at))
		if !ok && (len(admitted) == 0 || at-admitted[len(admitted)-1] >= interval) {
			return fmt.Sprintf("request at %v refused, a whole interval after the last admitted one", at)
		}
		if ok {
			admitted = append(admitted, at)
		}
	}
	for i := range admitted {
		for j := i; j < len(admitted); j++ {
			if limit := capacity + int((admitted[j]-admitted[i])/interval); j-i+1 > limit {
				return fmt.Sprintf("window [%v, %v] admitted %d requests, limit %d", admitted[i], admitted[j], j-i+1, limit)
			}
		}
	}
	return "every window within its limit"
}

// TestTokenBucketProperty checks the bound and progress properties on random
// request times from fixed seeds, with gaps chosen near the edges: none, a
// whole number of intervals, and one nanosecond either side of it.
func TestTokenBucketProperty(t *testing.T) {
	testCases := []struct {
		name string
		seed int64
	}{
		{name: "seed 1", seed: 1},
		{name: "seed 2", seed: 2},
	}
	want := "every window within its limit"
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(tc.seed))
			for trial := 0; trial < 500; trial++ {
				capacity := 1 + rng.Intn(4)
				interval := time.Duration(1+rng.Intn(100)) * time.Millisecond
				offsets := make([]time.Duration, 1+rng.Intn(30))
				var at time.Duration
				for i := range offsets {
					whole := time.Duration(1+rng.Intn(capacity+1)) * interval
					switch rng.Intn(4) {
					case 0:
						// no gap
					case 1:
						at += time.Duration(rng.Int63n(int64(interval)))
					case 2:
						at += whole + time.Duration(rng.Intn(3)-1)
					default:
						at += time.Duration(rng.Int63n(int64(2 * time.Duration(capacity) * interval)))
					}
					offsets[i] = at
				}
				if got := testCheck(capacity, interval, offsets); got != want {
					t.Errorf("input: capacity = %d, interval = %v, requests at %v\ngot: %s\nwant: %s", capacity, interval, offsets, got, want)
					return
				}
			}
		})
	}
}
