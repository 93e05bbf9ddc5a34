package main

import (
	"fmt"
	"testing"
)

func TestLongestCommonSubsequence(t *testing.T) {
	testCases := []struct {
		name string
		a, b string
		want int
	}{
		{"shared prefix", "gopher", "golang", 2},
		{"letters spread out", "stone", "longest", 3},
		{"nothing in common", "abc", "xyz", 0},
		{"one empty string", "", "abc", 0},
		{"identical strings", "channel", "channel", 7},
		{"one is a subsequence of the other", "ace", "abcde", 3},
		{"repeated letters", "aaaa", "aa", 2},
		{"crossing matches", "abcba", "bacab", 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("a = %q, b = %q", tc.a, tc.b)
			got := longestCommonSubsequence(tc.a, tc.b)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
