package main

import (
	"fmt"
	"testing"
)

// testValidOrder reports whether order lists every letter used in words
// exactly once, nothing else, and keeps words sorted when letters compare
// by their position in order.
func testValidOrder(words []string, order string) bool {
	rank := map[rune]int{}
	for i, r := range order {
		if _, dup := rank[r]; dup {
			return false
		}
		rank[r] = i
	}
	used := map[rune]bool{}
	for _, w := range words {
		for _, r := range w {
			used[r] = true
			if _, ok := rank[r]; !ok {
				return false
			}
		}
	}
	if len(used) != len(rank) {
		return false
	}
	for i := 0; i+1 < len(words); i++ {
		a, b := []rune(words[i]), []rune(words[i+1])
		j := 0
		for j < len(a) && j < len(b) && a[j] == b[j] {
			j++
		}
		if j == len(a) || j == len(b) {
			if len(a) > len(b) {
				return false
			}
			continue
		}
		if rank[a[j]] > rank[b[j]] {
			return false
		}
	}
	return true
}

func TestAlienOrder(t *testing.T) {
	testCases := []struct {
		name  string
		words []string
		valid bool   // does any order exist?
		want  string // one valid order, shown on failure; "" when none exists
	}{
		{"single possible order", []string{"tz", "tx", "zt", "zz", "xt"}, true, "tzx"},
		{"three letters in a chain", []string{"ba", "bc", "ac", "cab"}, true, "bac"},
		{"contradiction", []string{"ab", "cd", "ab"}, false, ""},
		{"word before its prefix", []string{"abc", "ab"}, false, ""},
		{"prefix before the longer word", []string{"ab", "abc"}, true, "abc"},
		{"one word, any order", []string{"cab"}, true, "abc"},
		{"two independent chains", []string{"ac", "ab", "zc", "zb"}, true, "acbz"},
		{"repeated word", []string{"q", "q"}, true, "q"},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("words = %q", tc.words)
			got := alienOrder(tc.words)
			if !tc.valid {
				if got != "" {
					t.Errorf("input: %s\ngot: %q\nwant: %q", input, got, tc.want)
				}
				return
			}
			if !testValidOrder(tc.words, got) {
				want := fmt.Sprintf("%q or any other order of the same letters that keeps the words sorted", tc.want)
				t.Errorf("input: %s\ngot: %q\nwant: %v", input, got, want)
			}
		})
	}
}
