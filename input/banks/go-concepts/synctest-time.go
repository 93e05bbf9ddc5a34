// Testing code that depends on time without sleeping. On Go 1.19 the way to
// do it is an injected clock, shown here; with Go 1.25+ testing/synctest runs
// the same test against the real time package inside a fake-clock bubble.
package main

import (
	"sync"
	"testing"
	"time"
)

// Clock is the part of the time package the cache needs.
type Clock interface {
	Now() time.Time
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// fakeClock moves only when the test says so.
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

// Cache forgets entries ttl after they were set.
type Cache struct {
	clock   Clock
	ttl     time.Duration
	mu      sync.Mutex
	entries map[string]entry
}

type entry struct {
	value   string
	expires time.Time
}

func NewCache(clock Clock, ttl time.Duration) *Cache {
	return &Cache{clock: clock, ttl: ttl, entries: map[string]entry{}}
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[k] = entry{v, c.clock.Now().Add(c.ttl)}
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	if !ok || !c.clock.Now().Before(e.expires) {
		return "", false
	}
	return e.value, true
}

func TestCacheExpiry(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	c := NewCache(clock, time.Minute)
	c.Set("session", "abc")

	clock.Advance(59 * time.Second)
	if v, ok := c.Get("session"); !ok || v != "abc" {
		t.Fatalf("after 59s: Get = %q, %v; want abc, true", v, ok)
	}
	clock.Advance(time.Second) // exactly at the TTL: expired
	if _, ok := c.Get("session"); ok {
		t.Fatal("after 60s: entry still present")
	}
}

func TestRealClockCompiles(t *testing.T) {
	c := NewCache(realClock{}, time.Hour)
	c.Set("k", "v")
	if _, ok := c.Get("k"); !ok {
		t.Fatal("fresh entry missing")
	}
}
