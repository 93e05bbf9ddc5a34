// TTL cache: entries expire a fixed time after they are set, a janitor
// goroutine removes expired entries in the background, and Close stops the
// janitor and waits for it. The clock is injected, so tests control time.
package main

import (
	"fmt"
	"sync"
	"time"
)

// Cache maps string keys to string values that expire. It is safe for
// concurrent use.
type Cache struct {
	mu    sync.RWMutex
	now   func() time.Time
	items map[string]entry

	stop      chan struct{} // closed by Close to tell the janitor to return
	done      chan struct{} // closed by the janitor when it has returned
	closeOnce sync.Once
}

type entry struct {
	value   string
	expires time.Time // the zero time means the entry never expires
}

// expired reports whether e is dead at now: an entry lives while now is
// before its expiry time.
func (e entry) expired(now time.Time) bool {
	return !e.expires.IsZero() && !now.Before(e.expires)
}

// NewCache returns an empty cache that reads the time from now and runs a
// janitor that removes expired entries every sweep. Close must be called to
// stop the janitor; a sweep of 0 or less starts no janitor.
func NewCache(now func() time.Time, sweep time.Duration) *Cache {
	c := &Cache{
		now:   now,
		items: map[string]entry{},
		stop:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	if sweep <= 0 {
		close(c.done)
		return c
	}
	go c.janitor(sweep)
	return c
}

// janitor sweeps on every tick until Close. The ticker decides when to
// sweep, the injected clock decides what has expired.
func (c *Cache) janitor(sweep time.Duration) {
	defer close(c.done)
	ticker := time.NewTicker(sweep)
	defer ticker.Stop() // before Go 1.23 an unstopped ticker is never freed
	for {
		select {
		case <-ticker.C:
			c.DeleteExpired()
		case <-c.stop:
			return
		}
	}
}

// Set stores value under key for ttl; a ttl of 0 or less never expires.
// Setting an existing key replaces both its value and its expiry.
func (c *Cache) Set(key, value string, ttl time.Duration) {
	e := entry{value: value}
	if ttl > 0 {
		e.expires = c.now().Add(ttl)
	}
	c.mu.Lock()
	c.items[key] = e
	c.mu.Unlock()
}

// Get returns the value of key if it is present and not expired. It checks
// the expiry itself: the janitor may not have run yet.
func (c *Cache) Get(key string) (string, bool) {
	now := c.now()
	c.mu.RLock()
	e, ok := c.items[key]
	c.mu.RUnlock()
	if !ok || e.expired(now) {
		return "", false
	}
	return e.value, true
}

// Len returns the number of stored entries, counting expired ones that have
// not been removed yet.
func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.items)
}

// DeleteExpired removes every expired entry and returns how many it removed.
func (c *Cache) DeleteExpired() int {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	removed := 0
	for key, e := range c.items { // deleting during range is allowed in Go
		if e.expired(now) {
			delete(c.items, key)
			removed++
		}
	}
	return removed
}

// Close stops the janitor and returns once it has returned. Calling it more
// than once is harmless.
func (c *Cache) Close() {
	c.closeOnce.Do(func() { close(c.stop) })
	<-c.done
}

// fakeClock is a clock that moves only when told to.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.t
}

func (f *fakeClock) Advance(d time.Duration) {
	f.mu.Lock()
	f.t = f.t.Add(d)
	f.mu.Unlock()
}

func main() {
	clock := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	c := NewCache(clock.Now, time.Hour) // the janitor will not run here
	defer c.Close()

	c.Set("session", "alice", 10*time.Second)
	c.Set("token", "t-123", 30*time.Second)
	c.Set("config", "v1", 0) // never expires
	show := func(when string) {
		s, okS := c.Get("session")
		t, okT := c.Get("token")
		fmt.Printf("%s: session=%q %v, token=%q %v, stored %d\n", when, s, okS, t, okT, c.Len())
	}
	show("t=0s")
	clock.Advance(10 * time.Second)
	show("t=10s") // the session expired exactly at 10s
	fmt.Println("DeleteExpired removed", c.DeleteExpired())
	clock.Advance(20 * time.Second)
	show("t=30s")
	fmt.Println("DeleteExpired removed", c.DeleteExpired(), "- left:", c.Len())
	v, ok := c.Get("config")
	fmt.Printf("config=%q %v\n", v, ok)
}
