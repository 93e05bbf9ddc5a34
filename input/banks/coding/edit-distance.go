// Edit distance: the fewest single-character edits that turn one string into another.
package main

import "fmt"

// minDistance returns the Levenshtein distance between word1 and word2: the
// minimum number of inserts, deletes and replacements of one byte that turn
// word1 into word2. dp[i][j] is the distance between word1[:i] and
// word2[:j]. If the last bytes are equal they cost nothing; otherwise the
// last edit was a replace (dp[i-1][j-1]), a delete (dp[i-1][j]) or an
// insert (dp[i][j-1]), plus one. Only the previous row is kept.
func minDistance(word1, word2 string) int {
	prev := make([]int, len(word2)+1)
	cur := make([]int, len(word2)+1)
	for j := range prev {
		prev[j] = j // from "" to word2[:j]: j inserts
	}
	for i := 1; i <= len(word1); i++ {
		cur[0] = i // from word1[:i] to "": i deletes
		for j := 1; j <= len(word2); j++ {
			if word1[i-1] == word2[j-1] {
				cur[j] = prev[j-1]
				continue
			}
			best := prev[j-1] // replace
			if prev[j] < best {
				best = prev[j] // delete word1[i-1]
			}
			if cur[j-1] < best {
				best = cur[j-1] // insert word2[j-1]
			}
			cur[j] = best + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(word2)]
}

func main() {
	examples := [][2]string{
		{"kitten", "sitting"}, // k->s, e->i, insert g
		{"flaw", "lawn"},      // delete f, insert n
		{"", "go"},
		{"same", "same"},
	}
	for _, ex := range examples {
		fmt.Printf("minDistance(%q, %q) = %d\n", ex[0], ex[1], minDistance(ex[0], ex[1]))
	}
}
