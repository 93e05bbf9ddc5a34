package main

import (
	"fmt"
	"strings"
	"testing"
)

// Each op is "Insert word", "Search word" or "StartsWith prefix". want holds
// the results of the Search and StartsWith calls, in order.
func TestTrie(t *testing.T) {
	testCases := []struct {
		name string
		ops  []string
		want []bool
	}{
		{
			name: "prefix is not a word until inserted",
			ops:  []string{"Insert gopher", "Search gopher", "Search go", "StartsWith go", "Insert go", "Search go"},
			want: []bool{true, false, true, true},
		},
		{
			name: "empty trie",
			ops:  []string{"Search a", "StartsWith a"},
			want: []bool{false, false},
		},
		{
			name: "single letter word",
			ops:  []string{"Insert a", "Search a", "StartsWith a", "Search b"},
			want: []bool{true, true, false},
		},
		{
			name: "query longer than the word",
			ops:  []string{"Insert cat", "Search cats", "StartsWith cats", "StartsWith cat"},
			want: []bool{false, false, true},
		},
		{
			name: "shared prefixes",
			ops:  []string{"Insert car", "Insert card", "Insert care", "Search car", "Search card", "Search ca", "StartsWith care", "StartsWith carb"},
			want: []bool{true, true, false, true, false},
		},
		{
			name: "repeated insert",
			ops:  []string{"Insert zz", "Insert zz", "Search zz", "Search z", "StartsWith z"},
			want: []bool{true, false, true},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			tr := NewTrie()
			var got []bool
			var calls []string
			for _, op := range tc.ops {
				name, arg, _ := strings.Cut(op, " ")
				calls = append(calls, fmt.Sprintf("%s(%q)", name, arg))
				switch name {
				case "Insert":
					tr.Insert(arg)
				case "Search":
					got = append(got, tr.Search(arg))
				case "StartsWith":
					got = append(got, tr.StartsWith(arg))
				}
			}
			if !testEqualBools(got, tc.want) {
				input := "NewTrie(), " + strings.Join(calls, ", ")
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

func testEqualBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
