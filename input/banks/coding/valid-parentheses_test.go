package main

import (
	"fmt"
	"testing"
)

func TestIsValid(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		want bool
	}{
		{"pairs in a row", "()[]{}", true},
		{"nested", "{[()]}", true},
		{"crossed", "([)]", false},
		{"never closed", "((", false},
		{"closer first", ")(", false},
		{"wrong kind", "(]", false},
		{"extra closer", "()]", false},
		{"empty", "", true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("s = %q", tc.s)
			got := isValid(tc.s)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
