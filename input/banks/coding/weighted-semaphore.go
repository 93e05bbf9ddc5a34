// Weighted semaphore: a pool of size units; Acquire(ctx, n) waits until n
// units are free or ctx is done, and waiters are served first come, first
// served.
package main

import (
	"container/list"
	"context"
	"fmt"
	"sync"
)

// Semaphore limits how many units are in use at once. It is safe for
// concurrent use.
type Semaphore struct {
	mu      sync.Mutex
	size    int64
	used    int64
	waiters list.List // of *waiter, oldest first
}

// waiter is one blocked Acquire. ready is closed once its units are granted.
type waiter struct {
	n     int64
	ready chan struct{}
}

// NewSemaphore returns a semaphore with size units, all free.
func NewSemaphore(size int64) *Semaphore {
	return &Semaphore{size: size}
}

// Acquire takes n units, waiting until they are free or ctx is done. On
// success it returns nil and the caller must Release(n) later; otherwise it
// returns ctx.Err() and holds nothing.
func (s *Semaphore) Acquire(ctx context.Context, n int64) error {
	s.mu.Lock()
	// Jumping the queue is allowed only when nobody waits: otherwise a
	// stream of small requests could starve a large one forever.
	if s.size-s.used >= n && s.waiters.Len() == 0 {
		s.used += n
		s.mu.Unlock()
		return nil
	}
	if n > s.size {
		// It can never fit. Queueing it would block everyone behind it, so
		// just wait for the context.
		s.mu.Unlock()
		<-ctx.Done()
		return ctx.Err()
	}
	w := &waiter{n: n, ready: make(chan struct{})}
	elem := s.waiters.PushBack(w)
	s.mu.Unlock()

	// A channel, unlike sync.Cond, can be waited on together with ctx.
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		s.mu.Lock()
		defer s.mu.Unlock()
		select {
		case <-w.ready:
			// Granted at the same moment as cancelled. The units are ours,
			// so report success; the caller will release them.
			return nil
		default:
		}
		wasFirst := s.waiters.Front() == elem
		s.waiters.Remove(elem)
		if wasFirst {
			s.grant() // the next waiter may have been blocked only by us
		}
		return ctx.Err()
	}
}

// TryAcquire takes n units if they are free right now and nobody is waiting,
// and reports whether it did. It never blocks.
func (s *Semaphore) TryAcquire(n int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.size-s.used >= n && s.waiters.Len() == 0 {
		s.used += n
		return true
	}
	return false
}

// Release returns n units and wakes the waiters that now fit.
func (s *Semaphore) Release(n int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.used -= n
	if s.used < 0 {
		panic("semaphore: released more units than held")
	}
	s.grant()
}

// grant hands units to waiters in arrival order while the first one fits.
// Stopping at the first that does not fit keeps the order fair. The caller
// holds s.mu.
func (s *Semaphore) grant() {
	for {
		front := s.waiters.Front()
		if front == nil {
			return
		}
		w := front.Value.(*waiter)
		if s.size-s.used < w.n {
			return
		}
		s.used += w.n
		s.waiters.Remove(front)
		close(w.ready)
	}
}

func main() {
	s := NewSemaphore(10)
	fmt.Println("TryAcquire(6):", s.TryAcquire(6))
	fmt.Println("TryAcquire(5):", s.TryAcquire(5), "(only 4 free)")

	// Acquire(5) waits until Release(2) frees enough units.
	done := make(chan error)
	go func() { done <- s.Acquire(context.Background(), 5) }()
	s.Release(2)
	fmt.Println("Acquire(5) after Release(2):", <-done)

	// A cancelled context ends the wait and takes nothing.
	ctx, cancel := context.WithCancel(context.Background())
	go func() { done <- s.Acquire(ctx, 3) }()
	cancel()
	fmt.Println("Acquire(3) with 1 free, then cancel:", <-done)
	fmt.Println("TryAcquire(1):", s.TryAcquire(1), "(the cancelled call took nothing)")

	// Limit 20 goroutines to 3 "connections" at a time.
	conns := NewSemaphore(3)
	var (
		mu       sync.Mutex
		inUse    int
		peak     int
		finished int
		wg       sync.WaitGroup
	)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := conns.Acquire(context.Background(), 1); err != nil {
				return
			}
			defer conns.Release(1)
			mu.Lock()
			inUse++
			if inUse > peak {
				peak = inUse
			}
			finished++
			inUse--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Printf("20 goroutines finished: %d, never more than 3 at once: %v\n", finished, peak <= 3)
}
