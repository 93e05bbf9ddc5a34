package main

import "context"

// Semaphore limits how many of its size units are in use at once; it must be safe for concurrent use.
type Semaphore struct{}

// NewSemaphore returns a semaphore with size units, all free.
func NewSemaphore(size int64) *Semaphore {
	return &Semaphore{}
}

// Acquire takes n units, waiting until they are free (first come, first served) or ctx is done; on failure it returns ctx.Err() and holds nothing.
func (s *Semaphore) Acquire(ctx context.Context, n int64) error {
	return nil
}

// TryAcquire takes n units only if they are free now and nobody is waiting, and reports whether it did.
func (s *Semaphore) TryAcquire(n int64) bool {
	return false
}

// Release returns n units and wakes the waiters that now fit.
func (s *Semaphore) Release(n int64) {}
