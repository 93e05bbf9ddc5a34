// Longest common subsequence: the length of the longest sequence of bytes
// that appears, in order but not necessarily contiguously, in both strings.
package main

import "fmt"

// longestCommonSubsequence returns the LCS length of a and b, compared byte
// by byte. dp[i][j] is the answer for a[:i] and b[:j]: if the last bytes
// match they extend the answer for both shorter prefixes; otherwise one of
// them is not in the LCS, so take the better of dropping either. Each row
// reads only the row above, so two rows of len(b)+1 are kept.
func longestCommonSubsequence(a, b string) int {
	if len(b) > len(a) {
		a, b = b, a // make the rows as short as possible
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else if prev[j] >= cur[j-1] {
				cur[j] = prev[j]
			} else {
				cur[j] = cur[j-1]
			}
		}
		// Swap instead of allocating a new row; cur[0] stays 0 in both.
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func main() {
	examples := [][2]string{
		{"gopher", "golang"}, // "go"
		{"stone", "longest"}, // "one"
		{"abc", "xyz"},
		{"", "abc"},
	}
	for _, ex := range examples {
		fmt.Printf("longestCommonSubsequence(%q, %q) = %d\n", ex[0], ex[1], longestCommonSubsequence(ex[0], ex[1]))
	}
}
