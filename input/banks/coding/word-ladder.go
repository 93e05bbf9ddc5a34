package main

import "fmt"

// ladderLength returns the number of words in the shortest sequence that
// turns begin into end by changing one letter at a time, where every word
// after begin must be in wordList. It returns 0 when no sequence exists.
// Words are assumed to be lowercase ASCII and all the same length.
func ladderLength(begin, end string, wordList []string) int {
	unvisited := make(map[string]bool, len(wordList))
	for _, w := range wordList {
		unvisited[w] = true
	}
	if !unvisited[end] {
		return 0
	}
	delete(unvisited, begin)

	// Breadth-first search, one level at a time. Each level gets a fresh
	// slice, so old levels can be garbage-collected.
	level := []string{begin}
	for steps := 1; len(level) > 0; steps++ {
		var next []string
		for _, word := range level {
			if word == end {
				return steps
			}
			buf := []byte(word)
			for i := range buf {
				orig := buf[i]
				for c := byte('a'); c <= 'z'; c++ {
					if c == orig {
						continue
					}
					buf[i] = c
					candidate := string(buf)
					if unvisited[candidate] {
						// Mark on enqueue, not on dequeue, so a word
						// is never queued twice.
						delete(unvisited, candidate)
						next = append(next, candidate)
					}
				}
				buf[i] = orig
			}
		}
		level = next
	}
	return 0
}

func main() {
	examples := []struct {
		begin, end string
		words      []string
	}{
		{"hit", "cog", []string{"hot", "dot", "dog", "lot", "log", "cog"}},
		{"hit", "cog", []string{"hot", "dot", "dog", "lot", "log"}},
		{"a", "c", []string{"a", "b", "c"}},
		{"cold", "warm", []string{"cord", "card", "ward", "warm", "word", "worm", "corm"}},
	}
	for _, ex := range examples {
		fmt.Printf("ladderLength(%q, %q, %v) = %d\n",
			ex.begin, ex.end, ex.words, ladderLength(ex.begin, ex.end, ex.words))
	}
}
