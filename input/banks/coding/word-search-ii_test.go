package main

import (
	"fmt"
	"sort"
	"testing"
)

func TestFindWords(t *testing.T) {
	testCases := []struct {
		name  string
		rows  []string
		words []string
		want  []string // sorted; the result may come in any order
	}{
		{
			name:  "mixed hits and misses",
			rows:  []string{"goph", "anre", "ltax", "cams"},
			words: []string{"gopher", "go", "gal", "cat", "tar", "map", "goo"},
			want:  []string{"cat", "gal", "go", "gopher", "tar"},
		},
		{
			name:  "a cell is used once per word",
			rows:  []string{"ab", "cd"},
			words: []string{"abdc", "acdb", "ad", "aba"},
			want:  []string{"abdc", "acdb"},
		},
		{
			name:  "word reachable by many paths is reported once",
			rows:  []string{"aa", "aa"},
			words: []string{"aa", "aaaaa"},
			want:  []string{"aa"},
		},
		{
			name:  "single cell",
			rows:  []string{"z"},
			words: []string{"z", "zz"},
			want:  []string{"z"},
		},
		{
			name:  "nothing found",
			rows:  []string{"abc", "def"},
			words: []string{"xyz", "cd", "ae"},
			want:  []string{},
		},
		{
			name:  "long snake path",
			rows:  []string{"abc", "fed", "ghi"},
			words: []string{"abcdefghi", "adg", "ihgfed", "cfi"},
			want:  []string{"abcdefghi", "ihgfed"},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			board := make([][]byte, len(tc.rows))
			for i, row := range tc.rows {
				board[i] = []byte(row)
			}
			got := findWords(board, append([]string(nil), tc.words...))
			sorted := append([]string(nil), got...)
			sort.Strings(sorted)
			if !testEqualStrings(sorted, tc.want) {
				input := fmt.Sprintf("board = %q, words = %q", tc.rows, tc.words)
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

func testEqualStrings(a, b []string) bool {
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
