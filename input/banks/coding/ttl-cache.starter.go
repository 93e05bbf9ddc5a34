package main

import "time"

// Cache maps string keys to string values that expire; it must be safe for concurrent use.
type Cache struct{}

// NewCache returns an empty cache that reads the time from now and starts a janitor that removes expired entries every sweep (no janitor if sweep <= 0).
func NewCache(now func() time.Time, sweep time.Duration) *Cache {
	return &Cache{}
}

// Set stores value under key for ttl (ttl <= 0: never expires), replacing any earlier value and expiry.
func (c *Cache) Set(key, value string, ttl time.Duration) {}

// Get returns the value of key if it is present and now is before its expiry time.
func (c *Cache) Get(key string) (string, bool) {
	return "", false
}

// Len returns the number of stored entries, counting expired ones not removed yet.
func (c *Cache) Len() int {
	return 0
}

// DeleteExpired removes every expired entry and returns how many it removed.
func (c *Cache) DeleteExpired() int {
	return 0
}

// Close stops the janitor and returns once it has returned; calling it twice is harmless.
func (c *Cache) Close() {}
