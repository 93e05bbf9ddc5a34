// Type parameters with constraints: a constraint is an interface that lists
// the methods and/or the types a type argument may have.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Number lists types. The ~ admits every type whose underlying type is one
// of these, so a defined type like Celsius qualifies too.
type Number interface {
	~int | ~int64 | ~float64
}

// Sum works for any Number; + is allowed because every type in the set has it.
func Sum[T Number](xs []T) T {
	var total T // the zero value of whatever T is
	for _, x := range xs {
		total += x
	}
	return total
}

type Celsius float64

// Index needs ==, which only comparable types guarantee.
func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

// Set is a generic type. Its methods use the type's parameter T; before
// Go 1.27 a method could not declare type parameters of its own.
type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

// Map has two type parameters; U is inferred from f.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// JoinStrings uses a method constraint: any type with String() string.
func JoinStrings[T fmt.Stringer](xs []T) string {
	parts := Map(xs, T.String) // a method expression is a func(T) string
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

type color int

func (c color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println("Celsius sum:", Sum([]Celsius{20.5, 1.5})) // T inferred as Celsius
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 9))

	s := Set[string]{}
	s.Add("go")
	s.Add("go")
	fmt.Println("set:", s.Len(), s.Has("go"), s.Has("rust"))

	lengths := Map([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) })
	fmt.Println("lengths:", lengths)
	fmt.Println("colors:", JoinStrings([]color{2, 0, 1}))
}
