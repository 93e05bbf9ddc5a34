package main

import "fmt"

// lengthOfLongestSubstring returns the length of the longest run of
// consecutive bytes in s in which no byte repeats. It slides a window
// [left, right] over s and remembers where each byte was last seen, so
// the left edge can jump past a duplicate instead of creeping forward.
func lengthOfLongestSubstring(s string) int {
	// lastSeen[b] is one past the index where byte b last appeared;
	// zero means "not seen yet". A fixed array beats a map here: every
	// byte value has a slot, and there is no hashing.
	var lastSeen [256]int
	best, left := 0, 0
	for right := 0; right < len(s); right++ {
		c := s[right]
		// Only move left forward. An old occurrence that is already
		// outside the window (as in "abba") must not drag it back.
		if lastSeen[c] > left {
			left = lastSeen[c]
		}
		lastSeen[c] = right + 1
		if n := right - left + 1; n > best {
			best = n
		}
	}
	return best
}

func main() {
	for _, s := range []string{"abcabcbb", "pwwkew", "abba", ""} {
		fmt.Printf("lengthOfLongestSubstring(%q) = %d\n", s, lengthOfLongestSubstring(s))
	}
}
