// defer, panic, and recover: ordering, argument evaluation, and turning a
// panic into an ordinary error at an API boundary.
package main

import (
	"errors"
	"fmt"
)

// deferOrder shows that deferred calls run last-in, first-out, and that a
// deferred call's arguments are evaluated when the defer statement runs.
func deferOrder() {
	for i := 1; i <= 3; i++ {
		defer fmt.Println("deferred", i) // i is captured by value right now
	}
	fmt.Println("body done")
}

// doubleOnReturn shows a deferred closure changing a named result after the
// return statement has set it.
func doubleOnReturn(n int) (result int) {
	defer func() { result *= 2 }()
	return n // sets result = n, then the deferred closure runs
}

// safeIndex converts an out-of-range panic into an error. recover only stops
// a panic when it is called directly by a deferred function of the panicking
// goroutine.
func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeIndex(%d): recovered: %v", i, r)
		}
	}()
	return xs[i], nil
}

// errCorrupt is a sentinel used to show re-panicking with a real error value.
var errCorrupt = errors.New("corrupt state")

// mustNotCorrupt panics with an error value; callers can inspect it after
// recovering because recover returns whatever was passed to panic.
func mustNotCorrupt() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, errCorrupt) {
				err = e
				return
			}
			panic(r) // not ours: let it keep unwinding
		}
	}()
	panic(fmt.Errorf("load config: %w", errCorrupt))
}

func main() {
	deferOrder()
	fmt.Println("doubleOnReturn(21) =", doubleOnReturn(21))

	if v, err := safeIndex([]int{7, 8, 9}, 1); err == nil {
		fmt.Println("safeIndex ok:", v)
	}
	if _, err := safeIndex([]int{7, 8, 9}, 5); err != nil {
		fmt.Println(err)
	}

	err := mustNotCorrupt()
	fmt.Println("recovered error:", err, "| is errCorrupt:", errors.Is(err, errCorrupt))
}
