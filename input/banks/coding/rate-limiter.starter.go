package main

import "time"

// TokenBucket admits bursts of up to capacity requests and one request per interval over the long run; it must be safe for concurrent use.
type TokenBucket struct{}

// NewTokenBucket returns a full bucket.
func NewTokenBucket(capacity int, interval time.Duration) *TokenBucket {
	return &TokenBucket{}
}

// Allow reports whether a request may proceed now, spending a token if so.
func (b *TokenBucket) Allow() bool {
	return false
}

// AllowAt is Allow for a request that arrives at now.
func (b *TokenBucket) AllowAt(now time.Time) bool {
	return false
}
