//go:build go1.27

// Generic methods (Go 1.27): a method may declare type parameters of its
// own, next to the ones its receiver type already has. Older Go rejects
// this file, so check --go skips it there; the Go Playground runs it.
package main

import (
	"fmt"
	"strconv"
)

// List is an ordinary generic type with one parameter, T.
type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

// Map is a generic method: U belongs to the method, not to List. Before
// Go 1.27 this had to be a package-level function, Map(l, f).
func (l *List[T]) Map[U any](f func(T) U) *List[U] {
	out := &List[U]{items: make([]U, 0, len(l.items))}
	for _, v := range l.items {
		out.Push(f(v))
	}
	return out
}

// Sizer is an interface. Its methods cannot have type parameters, and a
// generic method never counts toward satisfying an interface.
type Sizer interface {
	Len() int
}

func (l *List[T]) Len() int { return len(l.items) }

func main() {
	nums := &List[int]{}
	for i := 1; i <= 3; i++ {
		nums.Push(i * 10)
	}

	// U is inferred from the function argument, as for generic functions.
	labels := nums.Map(func(n int) string { return "#" + strconv.Itoa(n) })
	fmt.Println(labels.items)

	// Chained: each call instantiates Map with its own U.
	lengths := labels.Map(func(s string) int { return len(s) })
	fmt.Println(lengths.items)

	var s Sizer = labels // satisfied through Len, not through Map
	fmt.Println("length:", s.Len())
}
