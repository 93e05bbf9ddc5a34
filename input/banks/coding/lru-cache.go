package main

import (
	"container/list"
	"fmt"
)

// LRUCache is a fixed-capacity key-value cache that evicts the least
// recently used entry when it is full. Get and Put both run in O(1).
// It is not safe for concurrent use; wrap it with a sync.Mutex if needed.
type LRUCache struct {
	capacity int
	order    *list.List            // front = most recently used
	items    map[int]*list.Element // key -> element holding *entry
}

type entry struct {
	key, value int
}

// NewLRUCache returns an empty cache that holds up to capacity entries.
func NewLRUCache(capacity int) *LRUCache {
	if capacity < 1 {
		panic("NewLRUCache: capacity must be at least 1")
	}
	return &LRUCache{
		capacity: capacity,
		order:    list.New(),
		items:    make(map[int]*list.Element, capacity),
	}
}

// Get returns the value for key and marks it as most recently used.
func (c *LRUCache) Get(key int) (int, bool) {
	el, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

// Put inserts or updates key. Inserting into a full cache first evicts
// the least recently used entry.
func (c *LRUCache) Put(key, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	if c.order.Len() == c.capacity {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		// The entry stores its key so eviction can clean up the map.
		delete(c.items, oldest.Value.(*entry).key)
	}
	c.items[key] = c.order.PushFront(&entry{key: key, value: value})
}

// Keys lists the cached keys from most to least recently used.
func (c *LRUCache) Keys() []int {
	keys := make([]int, 0, c.order.Len())
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return keys
}

func main() {
	cache := NewLRUCache(2)

	put := func(k, v int) {
		cache.Put(k, v)
		fmt.Printf("put(%d, %d) -> keys %v\n", k, v, cache.Keys())
	}
	get := func(k int) {
		v, ok := cache.Get(k)
		if ok {
			fmt.Printf("get(%d) = %d -> keys %v\n", k, v, cache.Keys())
		} else {
			fmt.Printf("get(%d) = miss -> keys %v\n", k, cache.Keys())
		}
	}

	put(1, 10)
	put(2, 20)
	get(1)     // 1 becomes most recent
	put(3, 30) // evicts 2
	get(2)
	put(1, 11) // update, no eviction
	put(4, 40) // evicts 3
	get(3)
	get(1)
	get(4)
}
