// Timers and tickers: what Stop and Reset return, and the patterns that
// behave the same on every Go version.
package main

import (
	"context"
	"fmt"
	"time"
)

// firstOrTimeout waits for a value on in, giving up after d. It creates one
// timer and stops it, rather than a time.After per call in a hot loop.
func firstOrTimeout(in <-chan string, d time.Duration) (string, bool) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case v := <-in:
		return v, true
	case <-t.C:
		return "", false
	}
}

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("Stop before it fired:", t.Stop())

	t = time.NewTimer(time.Millisecond)
	<-t.C
	fmt.Println("Stop after its value was received:", t.Stop())
	t.Reset(time.Millisecond) // safe: the channel is known to be empty
	<-t.C
	fmt.Println("Reset on a drained timer fired again")

	ready := make(chan string, 1)
	ready <- "fast"
	v, ok := firstOrTimeout(ready, time.Second)
	fmt.Println("got:", v, ok)
	_, ok = firstOrTimeout(make(chan string), 5*time.Millisecond)
	fmt.Println("slow source timed out:", !ok)

	// AfterFunc runs f in its own goroutine when the timer fires.
	done := make(chan string)
	time.AfterFunc(time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)

	// A Ticker keeps firing until stopped; a slow receiver gets fewer ticks
	// (they are dropped), never a backlog.
	tk := time.NewTicker(time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	tk.Stop()
	fmt.Println("ticks:", ticks)

	// Deadlines across calls are usually a context, not a bare timer.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("context:", ctx.Err())

	// Durations come from the monotonic clock, so a wall-clock jump (NTP,
	// a manual change) cannot make an elapsed time negative.
	start := time.Now()
	fmt.Println("elapsed >= 0:", time.Since(start) >= 0)
}
