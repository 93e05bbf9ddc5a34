package main

import (
	"fmt"
	"testing"
)

func TestLadderLength(t *testing.T) {
	testCases := []struct {
		name     string
		begin    string
		end      string
		wordList []string
		want     int
	}{
		{"five words", "hit", "cog", []string{"hot", "dot", "dog", "lot", "log", "cog"}, 5},
		{"end not in the list", "hit", "cog", []string{"hot", "dot", "dog", "lot", "log"}, 0},
		{"one letter words", "a", "c", []string{"a", "b", "c"}, 2},
		{"longer words", "cold", "warm", []string{"cord", "card", "ward", "warm", "word", "worm", "corm"}, 5},
		{"one step", "cat", "cot", []string{"cot"}, 2},
		{"no path", "abc", "xyz", []string{"abd", "xyz"}, 0},
		{"empty list", "ab", "cd", []string{}, 0},
		{"shortest of two paths", "aaa", "ccc", []string{"baa", "bba", "bbb", "cbb", "ccb", "ccc", "aca", "acc"}, 4},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("begin = %q, end = %q, wordList = %v", tc.begin, tc.end, tc.wordList)
			got := ladderLength(tc.begin, tc.end, append([]string(nil), tc.wordList...))
			if got != tc.want {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
