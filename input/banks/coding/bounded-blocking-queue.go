// Bounded blocking queue: Put waits while the queue is full, Get waits while
// it is empty, and Close wakes everyone. Built on sync.Mutex and sync.Cond.
package main

import (
	"errors"
	"fmt"
	"sync"
)

// ErrClosed is returned by Put on a closed queue.
var ErrClosed = errors.New("queue closed")

// Queue is a first-in, first-out queue with a fixed capacity. It is safe for
// concurrent use.
type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond // signalled when an item is added or the queue closes
	notFull  *sync.Cond // signalled when an item is removed or the queue closes
	items    []T        // ring buffer of len capacity
	head     int        // index of the oldest item
	count    int
	closed   bool
}

// NewQueue returns an empty queue that holds up to capacity items.
func NewQueue[T any](capacity int) *Queue[T] {
	if capacity < 1 {
		capacity = 1
	}
	q := &Queue[T]{items: make([]T, capacity)}
	// Both conditions share the one mutex that guards the state they test.
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

// Put adds v at the back, waiting while the queue is full. It returns
// ErrClosed if the queue is closed before v could be added.
func (q *Queue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	// A loop, never an if: Wait can return while the queue is still full,
	// because another Put may have taken the free slot first.
	for q.count == len(q.items) && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items[(q.head+q.count)%len(q.items)] = v
	q.count++
	q.notEmpty.Signal() // one new item can satisfy only one Get
	return nil
}

// Get removes and returns the item at the front, waiting while the queue is
// empty. After Close it still returns the items left, then the zero value and
// false.
func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.count == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if q.count == 0 { // so the queue is closed and drained
		return zero, false
	}
	v := q.items[q.head]
	q.items[q.head] = zero // drop the reference so it can be collected
	q.head = (q.head + 1) % len(q.items)
	q.count--
	q.notFull.Signal()
	return v, true
}

// Len returns the number of items in the queue.
func (q *Queue[T]) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.count
}

// Close makes later and waiting Puts fail and lets Gets drain what is left.
// It wakes every waiter: Broadcast, not Signal, because all of them must
// see the change. Calling it twice is harmless.
func (q *Queue[T]) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewQueue[int](2)
	fmt.Println("Put(1):", q.Put(1), "Put(2):", q.Put(2), "Len:", q.Len())

	// The queue is full, so this Put waits until a Get makes room.
	putDone := make(chan error)
	go func() { putDone <- q.Put(3) }()
	v, ok := q.Get()
	fmt.Println("Get:", v, ok, "then the waiting Put(3) returns:", <-putDone)

	// Producer and consumer: 10 items through a queue of 2.
	jobs := NewQueue[string](2)
	go func() {
		for i := 1; i <= 10; i++ {
			_ = jobs.Put(fmt.Sprintf("job%d", i))
		}
		jobs.Close() // tells the consumer that nothing more is coming
	}()
	var got []string
	for {
		job, ok := jobs.Get()
		if !ok {
			break
		}
		got = append(got, job)
	}
	fmt.Println("consumer got", got)

	q.Close()
	fmt.Println("after Close: Put(4):", q.Put(4))
	for {
		v, ok := q.Get()
		fmt.Println("Get:", v, ok)
		if !ok {
			break
		}
	}
}
