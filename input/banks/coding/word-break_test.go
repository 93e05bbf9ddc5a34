package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestWordBreak(t *testing.T) {
	testCases := []struct {
		name string
		s    string
		dict []string
		want bool
	}{
		{"two words", "gophergo", []string{"go", "gopher"}, true},
		{"first choice is a dead end", "carpet", []string{"car", "carp", "et"}, true},
		{"leftover letters", "bigcatdog", []string{"big", "cat", "bigc", "atdo"}, false},
		{"empty string", "", []string{"a"}, true},
		{"empty dictionary", "a", []string{}, false},
		{"word reused", "gogogo", []string{"go"}, true},
		{"many splits, none works", strings.Repeat("a", 20) + "b", []string{"a", "aa", "aaa", "aaaa"}, false},
		{"whole string is one word", "channel", []string{"chan", "channel"}, true},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("s = %q, wordDict = %q", tc.s, tc.dict)
			got := wordBreak(tc.s, tc.dict)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
