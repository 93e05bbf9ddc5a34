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

// ValidationError is an error type that carries data the caller may need.
type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string {
	return e.Field + ": " + e.Reason
}

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
		return fmt.Errorf("order: %w", &ValidationError{Field: "qty", Reason: "not a number"})
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

	// Formatting with %v instead of %w keeps the text but breaks the chain.
	opaque := fmt.Errorf("hidden: %v", ErrNotFound)
	wrapped := fmt.Errorf("visible: %w", ErrNotFound)
	fmt.Printf("wrapped with %%w: Is(ErrNotFound) = %t\n", errors.Is(wrapped, ErrNotFound))
	fmt.Printf("wrapped with %%v: Is(ErrNotFound) = %t\n", errors.Is(opaque, ErrNotFound))
	fmt.Printf("Unwrap(wrapped) == ErrNotFound: %t\n", errors.Unwrap(wrapped) == ErrNotFound)
}
