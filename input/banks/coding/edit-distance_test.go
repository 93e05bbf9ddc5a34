package main

import (
	"fmt"
	"testing"
)

func TestMinDistance(t *testing.T) {
	testCases := []struct {
		name         string
		word1, word2 string
		want         int
	}{
		{"replace twice and insert", "kitten", "sitting", 3},
		{"delete and insert", "flaw", "lawn", 2},
		{"from empty", "", "go", 2},
		{"to empty", "abc", "", 3},
		{"equal words", "same", "same", 0},
		{"both empty", "", "", 0},
		{"one replacement", "a", "b", 1},
		{"two inserts and a replace", "sunday", "saturday", 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("word1 = %q, word2 = %q", tc.word1, tc.word2)
			got := minDistance(tc.word1, tc.word2)
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
