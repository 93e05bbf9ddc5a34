// Errors are values: wrap them with %w to add context, and inspect the chain
// with errors.Is (which error?) and errors.As (what type, with what data?).
package main

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrNotFound is a sentinel error: callers compare against it with errors.Is.
var ErrNotFound = errors.New("not found")

// ValidationError is an error type that carries data the caller may need,
// and the lower-level error that caused it, if any.
type ValidationError struct {
	Field  string
	Reason string
	Err    error // the cause, kept reachable through Unwrap
}

func (e *ValidationError) Error() string {
	if e.Err != nil {
		return e.Field + ": " + e.Reason + ": " + e.Err.Error()
	}
	return e.Field + ": " + e.Reason
}

// Unwrap lets errors.Is and errors.As look past the ValidationError to its cause.
func (e *ValidationError) Unwrap() error { return e.Err }

var stock = map[string]int{"apple": 3}

// lookup returns ErrNotFound wrapped with the missing key as context.
func lookup(item string) (int, error) {
	n, ok := stock[item]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", item, ErrNotFound)
	}
	return n, nil
}

// order validates its input, then looks up stock, adding context at each layer.
func order(item, qty string) error {
	q, err := strconv.Atoi(qty)
	if err != nil {
		// Keep strconv's error as the cause: dropping it would lose which
		// input failed and why, in the very place callers look for it.
		return fmt.Errorf("order: %w", &ValidationError{Field: "qty", Reason: "not a number", Err: err})
	}
	have, err := lookup(item)
	if err != nil {
		return fmt.Errorf("order %s: %w", item, err)
	}
	if q > have {
		return fmt.Errorf("order: %w", &ValidationError{
			Field:  "qty",
			Reason: fmt.Sprintf("want %d, have %d", q, have),
		})
	}
	return nil
}

// explain shows how a caller branches on the kind of failure.
func explain(err error) string {
	var ve *ValidationError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "not found -> 404"
	case errors.As(err, &ve):
		return "bad field " + ve.Field + " -> 400"
	default:
		return "unexpected -> 500"
	}
}

func main() {
	inputs := [][2]string{{"apple", "2"}, {"pear", "1"}, {"apple", "x"}, {"apple", "9"}}
	for _, in := range inputs {
		err := order(in[0], in[1])
		fmt.Printf("%-5s %-2s %-20s | %v\n", in[0], in[1], explain(err), err)
	}

	// The cause survives two layers of wrapping: order's %w and the
	// ValidationError's Unwrap lead to strconv's *NumError, and its own
	// Unwrap leads to strconv.ErrSyntax.
	err := order("apple", "x")
	var numErr *strconv.NumError // Go 1.26+: numErr, ok := errors.AsType[*strconv.NumError](err)
	if errors.As(err, &numErr) {
		fmt.Printf("cause: As(*strconv.NumError) = true, Func %s, Num %q\n", numErr.Func, numErr.Num)
	}
	fmt.Printf("cause: Is(strconv.ErrSyntax) = %t\n", errors.Is(err, strconv.ErrSyntax))

	// Formatting with %v instead of %w keeps the text but breaks the chain.
	opaque := fmt.Errorf("hidden: %v", ErrNotFound)
	wrapped := fmt.Errorf("visible: %w", ErrNotFound)
	fmt.Printf("wrapped with %%w: Is(ErrNotFound) = %t\n", errors.Is(wrapped, ErrNotFound))
	fmt.Printf("wrapped with %%v: Is(ErrNotFound) = %t\n", errors.Is(opaque, ErrNotFound))
	fmt.Printf("Unwrap(wrapped) == ErrNotFound: %t\n", errors.Unwrap(wrapped) == ErrNotFound)
}
