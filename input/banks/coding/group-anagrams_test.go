package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func TestGroupAnagrams(t *testing.T) {
	testCases := []struct {
		name  string
		words []string
		want  [][]string
	}{
		{"three groups", []string{"eat", "tea", "tan", "ate", "nat", "bat"},
			[][]string{{"eat", "tea", "ate"}, {"tan", "nat"}, {"bat"}}},
		{"one word left alone", []string{"listen", "silent", "enlist", "google"},
			[][]string{{"listen", "silent", "enlist"}, {"google"}}},
		{"single empty word", []string{""}, [][]string{{""}}},
		{"no anagrams", []string{"abc", "abd", "xyz"}, [][]string{{"abc"}, {"abd"}, {"xyz"}}},
		{"same letters different counts", []string{"aab", "abb", "bab", "aba"},
			[][]string{{"aab", "aba"}, {"abb", "bab"}}},
		{"repeated word", []string{"ab", "ba", "ab"}, [][]string{{"ab", "ba", "ab"}}},
		{"single word", []string{"go"}, [][]string{{"go"}}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("%q", tc.words)
			got := groupAnagrams(append([]string(nil), tc.words...))
			if !reflect.DeepEqual(testNormalize(got), testNormalize(tc.want)) {
				want := fmt.Sprintf("%q (groups and words in any order)", tc.want)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, fmt.Sprintf("%q", got), want)
			}
		})
	}
}

// testNormalize copies the groups, sorts the words inside each group, and
// sorts the groups, so any grouping order compares equal.
func testNormalize(groups [][]string) [][]string {
	out := make([][]string, 0, len(groups))
	for _, g := range groups {
		c := append([]string(nil), g...)
		sort.Strings(c)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		return strings.Join(out[i], "\x00") < strings.Join(out[j], "\x00")
	})
	return out
}
