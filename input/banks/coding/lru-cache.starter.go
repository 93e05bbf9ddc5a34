package main

// LRUCache is a fixed-capacity cache that evicts the least recently used key when full.
type LRUCache struct {
}

// NewLRUCache returns an empty cache that holds up to capacity entries.
func NewLRUCache(capacity int) *LRUCache {
	return &LRUCache{}
}

// Get returns the value for key and whether it is present; a hit counts as a use.
func (c *LRUCache) Get(key int) (int, bool) {
	return 0, false
}

// Put inserts or updates key, evicting the least recently used key if a new key does not fit.
func (c *LRUCache) Put(key, value int) {
}
