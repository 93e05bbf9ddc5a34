package main

import "context"

// Process calls fn on every job with at most workers calls running at once and returns the results in input order; the first error cancels the rest and is returned.
func Process[T, R any](ctx context.Context, jobs []T, workers int, fn func(context.Context, T) (R, error)) ([]R, error) {
	return nil, nil
}
