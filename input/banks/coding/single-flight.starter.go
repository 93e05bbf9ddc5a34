package main

import "errors"

// ErrPanicked is what callers waiting on a shared call get when fn panicked instead of returning.
var ErrPanicked = errors.New("singleflight: the shared call panicked")

// Group deduplicates calls by key; its zero value must be ready to use and it must be safe for concurrent use.
type Group[V any] struct{}

// Do runs fn unless a call for key is in flight, in which case it waits for that call and returns its results; shared reports whether the results went to more than one caller.
func (g *Group[V]) Do(key string, fn func() (V, error)) (v V, err error, shared bool) {
	return v, nil, false
}

// Forget makes the next Do for key run fn again even if a call is in flight.
func (g *Group[V]) Forget(key string) {}
