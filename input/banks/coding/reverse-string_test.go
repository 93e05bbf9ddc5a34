package main

import (
	"fmt"
	"testing"
)

func TestReverseBytes(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		want string
	}{
		{"odd length", "hello", "olleh"},
		{"mixed case", "Hannah", "hannaH"},
		{"even length", "abcd", "dcba"},
		{"palindrome", "racecar", "racecar"},
		{"with spaces and symbols", "a b!", "!b a"},
		{"single byte", "x", "x"},
		{"empty", "", ""},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("[]byte(%q)", tc.s)
			b := []byte(tc.s) // a fresh copy that the function reverses in place
			reverseBytes(b)
			if got := string(b); got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, fmt.Sprintf("%q", got), fmt.Sprintf("%q", tc.want))
			}
		})
	}
}
