package main

import (
	"fmt"
	"testing"
)

func TestCharacterReplacement(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		k    int
		want int
	}{
		{"replace both minority letters", "ABAB", 2, 4},
		{"one replacement in the middle", "AABABBA", 1, 4},
		{"no replacements allowed", "ABCDE", 0, 1},
		{"empty string", "", 3, 0},
		{"k covers the whole string", "ABC", 5, 3},
		{"already uniform", "BBBB", 0, 4},
		{"run at the end", "ABCDDDD", 1, 5},
		{"single letter", "Z", 0, 1},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("s = %q, k = %d", tc.s, tc.k)
			got := characterReplacement(tc.s, tc.k)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
