package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// testClock is a fake clock that moves only when Advance is called. It is
// safe to read from the janitor goroutine.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func testNewClock() *testClock {
	return &testClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
}

// testSteps runs steps on a cache whose janitor never fires (sweep of an
// hour) and logs the results: "set K V TTL", "get K", "advance D", "len",
// "sweep" (DeleteExpired).
func testSteps(steps []string) string {
	clock := testNewClock()
	c := NewCache(clock.Now, time.Hour)
	defer c.Close()
	var log []string
	for _, step := range steps {
		f := strings.Fields(step)
		switch f[0] {
		case "set":
			ttl, _ := time.ParseDuration(f[3])
			c.Set(f[1], f[2], ttl)
		case "get":
			v, ok := c.Get(f[1])
			log = append(log, fmt.Sprintf("%s -> %q %v", step, v, ok))
		case "advance":
			d, _ := time.ParseDuration(f[1])
			clock.Advance(d)
		case "len":
			log = append(log, fmt.Sprintf("len -> %d", c.Len()))
		case "sweep":
			log = append(log, fmt.Sprintf("sweep -> %d", c.DeleteExpired()))
		}
	}
	return strings.Join(log, "; ")
}

func TestCacheSteps(t *testing.T) {
	testCases := []struct {
		name  string
		steps []string
		want  string
	}{
		{
			name:  "hit before expiry, miss at expiry",
			steps: []string{"get z", "set a x 10s", "get a", "advance 9999ms", "get a", "advance 1ms", "get a"},
			want:  `get z -> "" false; get a -> "x" true; get a -> "x" true; get a -> "" false`,
		},
		{
			name:  "each entry has its own TTL",
			steps: []string{"set a 1 5s", "set b 2 20s", "advance 10s", "get a", "get b"},
			want:  `get a -> "" false; get b -> "2" true`,
		},
		{
			name:  "set again replaces value and TTL",
			steps: []string{"set a 1 5s", "advance 4s", "set a 2 5s", "advance 4s", "get a", "advance 1s", "get a"},
			want:  `get a -> "2" true; get a -> "" false`,
		},
		{
			name:  "zero TTL never expires",
			steps: []string{"set a 1 0s", "set b 2 -1s", "advance 1000h", "get a", "get b"},
			want:  `get a -> "1" true; get b -> "2" true`,
		},
		{
			name:  "DeleteExpired removes only expired entries",
			steps: []string{"set a 1 5s", "set b 2 10s", "set c 3 0s", "sweep", "advance 5s", "len", "sweep", "len", "advance 5s", "sweep", "len", "get c"},
			want:  `sweep -> 0; len -> 3; sweep -> 1; len -> 2; sweep -> 1; len -> 1; get c -> "3" true`,
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("steps = %q", tc.steps)
			result := make(chan string, 1)
			go func() { result <- testSteps(tc.steps) }()
			select {
			case got := <-result:
				if got != tc.want {
					t.Errorf("input: %s\ngot: %s\nwant: %s", input, got, tc.want)
				}
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: still blocked after 2s\nwant: %s", input, tc.want)
			}
		})
	}
}

// testEventually polls cond until it holds or 2s pass. The janitor runs on a
// real ticker, so its work can only be observed by waiting for it.
func testEventually(cond func() bool) bool {
	deadline := time.Now().Add(2 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(time.Millisecond)
	}
	return true
}

// TestJanitor lets the janitor remove expired entries on its own, then
// checks that Close returns, can be called twice, and leaves no goroutine.
func TestJanitor(t *testing.T) {
	testCases := []struct {
		name  string
		sweep time.Duration
	}{
		{name: "janitor every 1ms", sweep: time.Millisecond},
		{name: "janitor every 5ms", sweep: 5 * time.Millisecond},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("sweep = %v, Set a 5s, b 10s, c 15s, advance 10s, wait for the janitor, Close twice", tc.sweep)
			base := runtime.NumGoroutine()
			clock := testNewClock()
			c := NewCache(clock.Now, tc.sweep)
			c.Set("a", "1", 5*time.Second)
			c.Set("b", "2", 10*time.Second)
			c.Set("c", "3", 15*time.Second)
			if n := c.Len(); n != 3 {
				c.Close()
				t.Errorf("input: %s\ngot: Len = %d before the clock moved\nwant: Len = 3", input, n)
				return
			}
			clock.Advance(10 * time.Second)
			swept := testEventually(func() bool { return c.Len() == 1 })
			v, ok := c.Get("c")

			closed := make(chan struct{})
			go func() {
				c.Close()
				c.Close()
				close(closed)
			}()
			select {
			case <-closed:
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: Close still blocked after 2s\nwant: Close returns", input)
				return
			}
			gone := testEventually(func() bool { return runtime.NumGoroutine() <= base })
			if !swept || v != "3" || !ok || !gone {
				t.Errorf("input: %s\ngot: Len reached 1: %v (Len %d), Get(c) = %q %v, goroutines back to %d: %v (%d)\nwant: Len reached 1: true, Get(c) = \"3\" true, goroutines back to %d: true",
					input, swept, c.Len(), v, ok, base, gone, runtime.NumGoroutine(), base)
			}
		})
	}
}
