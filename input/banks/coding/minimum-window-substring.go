package main

import "fmt"

// minWindow returns the shortest substring of s that contains every byte of
// t, counting repeats, or "" when no such substring exists. It grows a window
// on the right until it covers t, then shrinks it from the left while it
// still covers t, recording the shortest cover seen.
func minWindow(s, t string) string {
	if len(t) == 0 || len(t) > len(s) {
		return ""
	}
	var need [256]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	// missing counts the bytes of t the window still lacks, so the
	// "does the window cover t?" check is O(1) instead of a 256-entry scan.
	missing := len(t)
	bestStart, bestLen := 0, len(s)+1
	left := 0
	for right := 0; right < len(s); right++ {
		c := s[right]
		if need[c] > 0 {
			missing--
		}
		need[c]-- // may go negative: the window holds a surplus of c
		for missing == 0 {
			if right-left+1 < bestLen {
				bestStart, bestLen = left, right-left+1
			}
			d := s[left]
			need[d]++
			if need[d] > 0 {
				missing++ // dropped a byte the window really needed
			}
			left++
		}
	}
	if bestLen > len(s) {
		return ""
	}
	return s[bestStart : bestStart+bestLen]
}

func main() {
	examples := []struct{ s, t string }{
		{"ADOBECODEBANC", "ABC"},
		{"a", "a"},
		{"a", "aa"}, // t needs two a's, s has one
		{"baacaxa", "aaa"},
	}
	for _, ex := range examples {
		fmt.Printf("minWindow(%q, %q) = %q\n", ex.s, ex.t, minWindow(ex.s, ex.t))
	}
}
