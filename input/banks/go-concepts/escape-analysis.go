// Escape analysis decides at compile time whether a value can live on the
// goroutine's stack or must be allocated on the heap. Build this file with
//
//	go build -gcflags=-m escape-analysis.go
//
// to see the compiler's decisions; here we measure them with allocation counts.
package main

import (
	"fmt"
	"testing"
)

// point is a small value type used by the examples.
type point struct {
	x, y int
}

// sink keeps results reachable so the compiler cannot discard the calls.
var sink *point

// sumOnStack creates a point that never leaves the function: no allocation.
//
//go:noinline
func sumOnStack(a, b int) int {
	p := point{x: a, y: b}
	return p.x + p.y
}

// newPoint returns a pointer to a local. The point outlives the call, so the
// compiler reports "&point{...} escapes to heap" and allocates it there.
//
//go:noinline
func newPoint(a, b int) *point {
	return &point{x: a, y: b}
}

// fillFixed uses a constant-size slice that does not escape: stack allocated.
//
//go:noinline
func fillFixed() int {
	buf := make([]int, 64)
	for i := range buf {
		buf[i] = i
	}
	return buf[63]
}

// fillDynamic sizes its slice at run time. The compiler cannot reserve a
// stack slot of unknown size, so a large backing array goes to the heap.
//
//go:noinline
func fillDynamic(n int) int {
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	return buf[n-1]
}

func main() {
	n := 1024 // large enough that no Go version keeps it on the stack
	cases := []struct {
		name string
		max  float64
		fn   func()
	}{
		{"sumOnStack", 0, func() { _ = sumOnStack(1, 2) }},
		{"newPoint", 1, func() { sink = newPoint(1, 2) }},
		{"fillFixed", 0, func() { _ = fillFixed() }},
		{"fillDynamic", 1, func() { _ = fillDynamic(n) }},
	}
	for _, c := range cases {
		// AllocsPerRun reports the average number of heap allocations per
		// call. Compare it with an upper bound, never an exact count: a later
		// compiler may well remove an allocation, but must not add one.
		got := testing.AllocsPerRun(100, c.fn)
		fmt.Printf("%-12s at most %.0f alloc(s) per call: %t\n", c.name, c.max, got <= c.max)
	}
}
