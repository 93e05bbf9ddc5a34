// The profiles runtime/pprof collects, captured in memory. A service exposes
// the same profiles over HTTP by importing net/http/pprof, and you read them
// with `go tool pprof`.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

// spin burns CPU so the CPU profile has samples (it samples 100 times a second).
func spin(d time.Duration) int {
	n := 0
	for start := time.Now(); time.Since(start) < d; {
		n++
	}
	return n
}

// contend holds a mutex while another goroutine tries to take it.
func contend() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		mu.Unlock()
	}()
	time.Sleep(5 * time.Millisecond)
	mu.Unlock()
	wg.Wait()
}

func main() {
	// CPU: a sampling profile of where running goroutines spend time.
	var cpu bytes.Buffer
	if err := pprof.StartCPUProfile(&cpu); err != nil {
		fmt.Println("cpu profile:", err)
		return
	}
	spin(50 * time.Millisecond)
	pprof.StopCPUProfile()
	fmt.Println("cpu profile written:", cpu.Len() > 0)

	// Block and mutex profiles are off by default; a rate of 1 records
	// every event (production services use a sampled rate).
	runtime.SetBlockProfileRate(1)
	runtime.SetMutexProfileFraction(1)

	ch := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		ch <- 1
	}()
	<-ch // main blocks here: a block-profile event

	// Contention is recorded when Unlock hands the lock to a waiter; retry
	// in case the other goroutine was not waiting yet.
	for i := 0; i < 20 && pprof.Lookup("mutex").Count() == 0; i++ {
		contend()
	}

	fmt.Println("block events recorded:", pprof.Lookup("block").Count() > 0)
	fmt.Println("mutex contention recorded:", pprof.Lookup("mutex").Count() > 0)

	// Goroutine: the stack of every live goroutine, grouped by stack.
	stop := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-stop }()
	}
	fmt.Println("goroutine profile sees the parked ones:", pprof.Lookup("goroutine").Count() >= 4)
	close(stop)

	// Heap: sampled allocations since start (alloc_*) and still live (inuse_*).
	keep := make([][]byte, 0, 100)
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 64<<10))
	}
	runtime.GC() // the heap profile reflects the last completed GC
	var heap bytes.Buffer
	if err := pprof.WriteHeapProfile(&heap); err != nil {
		fmt.Println("heap profile:", err)
		return
	}
	fmt.Println("heap profile written:", heap.Len() > 0, "| live buffers:", len(keep))

	names := map[string]bool{}
	for _, p := range pprof.Profiles() {
		names[p.Name()] = true
	}
	all := true
	for _, want := range []string{"allocs", "block", "goroutine", "heap", "mutex", "threadcreate"} {
		all = all && names[want]
	}
	fmt.Println("built-in profiles present:", all)
}
