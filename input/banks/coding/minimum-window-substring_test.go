package main

import (
	"fmt"
	"strings"
	"testing"
)

// testCovers reports whether window holds every byte of t at least as many
// times as t does.
func testCovers(window, t string) bool {
	var count [256]int
	for i := 0; i < len(window); i++ {
		count[window[i]]++
	}
	for i := 0; i < len(t); i++ {
		count[t[i]]--
		if count[t[i]] < 0 {
			return false
		}
	}
	return true
}

func TestMinWindow(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		t    string
		want string
	}{
		{"classic example", "ADOBECODEBANC", "ABC", "BANC"},
		{"whole string", "a", "a", "a"},
		{"not enough copies", "a", "aa", ""},
		{"repeats in t", "baacaxa", "aaa", "aaca"},
		{"t longer than s", "ab", "abc", ""},
		{"missing character", "hello", "z", ""},
		{"case matters", "aAbB", "AB", "AbB"},
		{"window at the start", "abcxxxxabxc", "abc", "abc"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("s = %q, t = %q", tc.s, tc.t)
			got := minWindow(tc.s, tc.t)
			// Several windows may share the shortest length; accept any of them.
			ok := got == tc.want
			if !ok && tc.want != "" {
				ok = len(got) == len(tc.want) && strings.Contains(tc.s, got) && testCovers(got, tc.t)
			}
			if !ok {
				t.Errorf("input: %s\ngot: %q\nwant: %q", input, got, tc.want)
			}
		})
	}
}
