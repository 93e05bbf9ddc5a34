package main

import (
	"fmt"
	"testing"
)

func TestFib(t *testing.T) {
	testCases := []struct {
		name string
		n    int
		want int64
	}{
		{"n is zero", 0, 0},
		{"n is one", 1, 1},
		{"n is two", 2, 1},
		{"n is ten", 10, 55},
		{"n is fifty", 50, 12586269025},
		{"largest that fits", 92, 7540113804746346429},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("n = %d", tc.n)
			got, ok := fib(tc.n)
			if !ok || got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, fmt.Sprintf("%d, ok = %t", got, ok), fmt.Sprintf("%d, ok = true", tc.want))
			}
		})
	}
}
