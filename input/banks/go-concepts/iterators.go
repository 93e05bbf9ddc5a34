// Iterators as functions. Since Go 1.23, `for v := range seq` accepts a
// function of type iter.Seq[V], func(yield func(V) bool), and the compiler
// turns the loop body into yield. This file declares the same type itself
// and calls the iterators directly, which is exactly what the range loop
// does, so it also builds with Go 1.19.
package main

import (
	"fmt"
	"strings"
)

// Seq has the shape of iter.Seq from the standard library.
type Seq[V any] func(yield func(V) bool)

// Lines yields the lines of s one at a time, without building a slice.
func Lines(s string) Seq[string] {
	return func(yield func(string) bool) {
		defer fmt.Println("  (Lines finished)") // runs even when the loop breaks
		for s != "" {
			line, rest, _ := strings.Cut(s, "\n")
			s = rest
			if !yield(line) { // the loop said break: stop at once
				return
			}
		}
	}
}

// Filter and Take compose: each wraps the yield of the next.
func Filter[V any](seq Seq[V], keep func(V) bool) Seq[V] {
	return func(yield func(V) bool) {
		seq(func(v V) bool {
			if !keep(v) {
				return true // skip it, keep going
			}
			return yield(v)
		})
	}
}

func Take[V any](seq Seq[V], n int) Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		seq(func(v V) bool {
			i++
			return yield(v) && i < n
		})
	}
}

// Count is an infinite sequence; only a consumer that stops makes it end.
func Count(from int) Seq[int] {
	return func(yield func(int) bool) {
		for i := from; yield(i); i++ {
		}
	}
}

func main() {
	text := "INFO start\nERROR disk full\nINFO retry\nERROR disk full again\nINFO done"
	errorsOnly := Filter(Lines(text), func(l string) bool { return strings.HasPrefix(l, "ERROR") })

	// Go 1.23+: for line := range errorsOnly { fmt.Println(line) }
	errorsOnly(func(line string) bool {
		fmt.Println(line)
		return true
	})

	// Go 1.23+: for line := range Lines(text) { ...; break }
	Lines(text)(func(line string) bool {
		fmt.Println("first line:", line)
		return false // break
	})

	var evens []int
	Take(Filter(Count(1), func(n int) bool { return n%2 == 0 }), 4)(func(n int) bool {
		evens = append(evens, n)
		return true
	})
	fmt.Println("first four evens:", evens)
}
