package main

import "fmt"

// characterReplacement returns the length of the longest substring of s
// (uppercase A-Z) that can be turned into one repeated letter by changing at
// most k characters. A window is fixable when its length minus the count of
// its most frequent letter is at most k.
func characterReplacement(s string, k int) int {
	var count [26]int
	left, maxCount, best := 0, 0, 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'A'
		count[c]++
		if count[c] > maxCount {
			maxCount = count[c]
		}
		// maxCount is never lowered when the window shrinks. That is safe:
		// the answer only grows when some letter beats the old record, and a
		// stale maxCount just keeps the window from shrinking below best.
		if right-left+1-maxCount > k {
			count[s[left]-'A']--
			left++
		}
		if right-left+1 > best {
			best = right - left + 1
		}
	}
	return best
}

func main() {
	examples := []struct {
		s string
		k int
	}{
		{"ABAB", 2},
		{"AABABBA", 1},
		{"ABCDE", 0},
		{"", 3},
	}
	for _, ex := range examples {
		fmt.Printf("characterReplacement(%q, %d) = %d\n", ex.s, ex.k, characterReplacement(ex.s, ex.k))
	}
}
