// Single flight: concurrent calls for the same key share one execution of
// fn and its result. A call that starts after the shared one has finished
// runs fn again; nothing is cached.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// ErrPanicked is what callers waiting on a shared call get when fn panicked
// (or called runtime.Goexit) instead of returning.
var ErrPanicked = errors.New("singleflight: the shared call panicked")

// Group deduplicates calls by key. The zero value is ready to use, and a
// Group is safe for concurrent use.
type Group[V any] struct {
	mu    sync.Mutex
	calls map[string]*call[V] // the calls in flight
}

// call is one execution of fn. done is closed when val and err are final;
// the close is what publishes them to the waiters.
type call[V any] struct {
	done   chan struct{}
	val    V
	err    error
	dups   int  // callers that joined; guarded by Group.mu
	shared bool // dups > 0 when the call finished
}

// Do runs fn and returns its results, unless a call for key is already in
// flight: then it waits for that call and returns its results. shared
// reports whether the results went to more than one caller. If fn panics, the
// panic goes on in the caller that ran fn, and the callers that waited get
// ErrPanicked.
func (g *Group[V]) Do(key string, fn func() (V, error)) (v V, err error, shared bool) {
	g.mu.Lock()
	if g.calls == nil {
		g.calls = map[string]*call[V]{}
	}
	if c, ok := g.calls[key]; ok {
		c.dups++
		g.mu.Unlock()
		<-c.done // never wait while holding the lock
		return c.val, c.err, true
	}
	c := &call[V]{done: make(chan struct{})}
	g.calls[key] = c
	g.mu.Unlock() // fn runs without the lock, so other keys are not blocked

	g.run(key, c, fn)
	return c.val, c.err, c.shared
}

// run calls fn and then, even if fn panics, removes the call from the map and
// releases the waiters. Without the deferred cleanup a panic would leave the
// key in the map and every later caller waiting forever.
func (g *Group[V]) run(key string, c *call[V], fn func() (V, error)) {
	returned := false
	defer func() {
		if !returned {
			c.err = ErrPanicked
		}
		g.mu.Lock()
		// Forget may have replaced our entry with a newer call: remove
		// only our own.
		if g.calls[key] == c {
			delete(g.calls, key)
		}
		c.shared = c.dups > 0
		g.mu.Unlock()
		close(c.done)
	}()
	c.val, c.err = fn()
	returned = true
}

// Forget makes the next Do for key run fn again even if a call is in flight.
// Callers already waiting still get the old call's results.
func (g *Group[V]) Forget(key string) {
	g.mu.Lock()
	delete(g.calls, key)
	g.mu.Unlock()
}

// waiting reports whether n callers are waiting on the call for key. Only
// the demo uses it.
func (g *Group[V]) waiting(key string, n int) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	c, ok := g.calls[key]
	return ok && c.dups == n
}

func main() {
	var g Group[string]
	loads := 0
	load := func() (string, error) {
		loads++ // safe: Do lets only one fn per key run at a time here
		return fmt.Sprintf("profile v%d", loads), nil
	}

	// Five goroutines ask for the same key while the first load is blocked;
	// all five get the one result.
	release := make(chan struct{})
	started := make(chan struct{})
	first := make(chan string)
	go func() {
		v, _, _ := g.Do("user:42", func() (string, error) {
			close(started)
			<-release
			return load()
		})
		first <- v
	}()
	<-started
	var wg sync.WaitGroup
	joined := make([]string, 4)
	for i := range joined {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, _, _ := g.Do("user:42", load)
			joined[i] = v
		}(i)
	}
	// The four only queue up while the first call is in flight. This demo
	// releases it after they have all asked; a real program never waits.
	for !g.waiting("user:42", 4) {
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	firstResult := <-first
	fmt.Println("first caller:", firstResult, "- joined callers:", joined, "- loads:", loads)

	// The call is finished, so the next Do runs fn again.
	v, _, shared := g.Do("user:42", load)
	fmt.Printf("later call: %s, shared %v, loads %d\n", v, shared, loads)

	// Errors are shared like values.
	_, err, _ := g.Do("user:7", func() (string, error) { return "", errors.New("not found") })
	fmt.Println("error:", err)

	// A panicking fn does not leave the key stuck.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_, _, _ = g.Do("user:9", func() (string, error) { panic("db down") })
	}()
	v, err, _ = g.Do("user:9", func() (string, error) { return "profile of 9", nil })
	fmt.Println("after the panic:", v, err)
}
