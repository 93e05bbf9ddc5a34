// context carries cancellation, deadlines, and request-scoped values down a
// call tree. Cancellation is cooperative: code must watch ctx.Done().
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ctxKey is unexported, so no other package can collide with our keys.
type ctxKey struct{}

// withRequestID returns a child context that carries a request ID.
func withRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// requestID reads the ID back, reporting whether it was set.
func requestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(ctxKey{}).(string)
	return id, ok
}

// fetch simulates a call that never answers on its own. It returns as soon
// as the context is canceled or its deadline passes.
func fetch(ctx context.Context) error {
	never := make(chan struct{}) // stands in for a slow network reply
	select {
	case <-never:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("fetch: %w", ctx.Err())
	}
}

func main() {
	root := withRequestID(context.Background(), "req-42")

	// Deadline: the child gives up after 20ms; the value is still visible.
	ctx, cancel := context.WithTimeout(root, 20*time.Millisecond)
	defer cancel() // always release the timer, even if the deadline fires
	err := fetch(ctx)
	id, _ := requestID(ctx)
	fmt.Printf("[%s] %v\n", id, err)
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))

	// Cancellation flows down: canceling a parent cancels every descendant.
	parent, cancelParent := context.WithCancel(root)
	child, cancelChild := context.WithTimeout(parent, time.Hour)
	defer cancelChild()
	cancelParent()
	<-child.Done()
	fmt.Println("child after parent cancel:", child.Err())

	// ...but never up: canceling a child leaves its parent running.
	parent2, cancelParent2 := context.WithCancel(root)
	defer cancelParent2()
	child2, cancelChild2 := context.WithCancel(parent2)
	cancelChild2()
	fmt.Println("child2:", child2.Err(), "| parent2:", parent2.Err())
}
