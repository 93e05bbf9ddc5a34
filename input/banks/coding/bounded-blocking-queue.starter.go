package main

import "errors"

// ErrClosed is returned by Put on a closed queue.
var ErrClosed = errors.New("queue closed")

// Queue is a first-in, first-out queue with a fixed capacity; it must be safe for concurrent use.
type Queue[T any] struct{}

// NewQueue returns an empty queue that holds up to capacity items.
func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{}
}

// Put adds v at the back, waiting while the queue is full; it returns ErrClosed if the queue is closed before v is added.
func (q *Queue[T]) Put(v T) error {
	return nil
}

// Get removes and returns the front item, waiting while the queue is empty; after Close it returns the items left, then the zero value and false.
func (q *Queue[T]) Get() (T, bool) {
	var zero T
	return zero, false
}

// Len returns the number of items in the queue.
func (q *Queue[T]) Len() int {
	return 0
}

// Close makes later and waiting Puts fail with ErrClosed and wakes every waiting Put and Get.
func (q *Queue[T]) Close() {}
