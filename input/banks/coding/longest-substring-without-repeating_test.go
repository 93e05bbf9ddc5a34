package main

import (
	"fmt"
	"testing"
)

func TestLengthOfLongestSubstring(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		want int
	}{
		{"repeating block", "abcabcbb", 3},
		{"answer in the middle", "pwwkew", 3},
		{"old repeat outside window", "abba", 2},
		{"all the same", "bbbbb", 1},
		{"all distinct", "abcdef", 6},
		{"spaces and symbols", "a b!c a", 5},
		{"single character", "z", 1},
		{"empty", "", 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("s = %q", tc.s)
			got := lengthOfLongestSubstring(tc.s)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
