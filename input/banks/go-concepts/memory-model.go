// Broken double-checked locking next to three correct ways to initialize a
// value once. The broken one reads cfg without synchronization, which is a
// data race: `go run -race` reports it, and check --go requires that report.
//
//studyguide:expect-race
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name string
	Port int
}

func load() *Config { return &Config{Name: "db", Port: 5432} }

var (
	mu  sync.Mutex
	cfg *Config
)

// brokenConfig skips the lock when cfg looks set. But the first read of cfg
// is not ordered after the write in another goroutine, so the reader may see
// the pointer before the fields it points to: no happens-before edge.
func brokenConfig() *Config {
	if cfg == nil { // racy read
		mu.Lock()
		if cfg == nil {
			cfg = load() // write, published under a lock the reader skipped
		}
		mu.Unlock()
	}
	return cfg
}

var (
	once    sync.Once
	onceCfg *Config
)

// onceConfig: the one call of load completes before any Do returns.
func onceConfig() *Config {
	once.Do(func() { onceCfg = load() })
	return onceCfg
}

var atomicCfg atomic.Pointer[Config]

// atomicConfig: a Load that observes a Store is ordered after it, so the
// fields written before the Store are visible. Two goroutines may both call
// load; CompareAndSwap keeps the first result.
func atomicConfig() *Config {
	if c := atomicCfg.Load(); c != nil {
		return c
	}
	atomicCfg.CompareAndSwap(nil, load())
	return atomicCfg.Load()
}

// run calls get from several goroutines and reports whether all saw one value.
func run(get func() *Config) string {
	var wg sync.WaitGroup
	results := make([]*Config, 4)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = get()
		}(i)
	}
	wg.Wait() // every result is visible to main after Wait returns
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	return fmt.Sprintf("%s:%d same=%t", results[0].Name, results[0].Port, same)
}

func main() {
	fmt.Println("sync.Once:      ", run(onceConfig))
	fmt.Println("atomic.Pointer: ", run(atomicConfig))
	// Prints what you expect on most runs, and is still wrong: the race
	// detector reports it every time.
	fmt.Println("double-checked: ", run(brokenConfig))
}
