// Word break: can a string be split into dictionary words?
package main

import "fmt"

// wordBreak reports whether s can be cut into a sequence of words from
// wordDict, each word usable any number of times. ok[i] records whether the
// prefix s[:i] can be cut; s[:i] can be cut when some dictionary word ends
// exactly at i and the prefix before that word can be cut too.
func wordBreak(s string, wordDict []string) bool {
	words := make(map[string]bool, len(wordDict))
	longest := 0
	for _, w := range wordDict {
		words[w] = true
		if len(w) > longest {
			longest = len(w)
		}
	}

	ok := make([]bool, len(s)+1)
	ok[0] = true // the empty prefix needs no words
	for i := 1; i <= len(s); i++ {
		// Only the last `longest` bytes can form the final word, which caps
		// the inner loop. Slicing a string shares its bytes, so s[j:i] is
		// cheap; the map lookup hashes it.
		for j := i - 1; j >= 0 && i-j <= longest; j-- {
			if ok[j] && words[s[j:i]] {
				ok[i] = true
				break
			}
		}
	}
	return ok[len(s)]
}

func main() {
	examples := []struct {
		s    string
		dict []string
	}{
		{"gophergo", []string{"go", "gopher"}},
		{"carpet", []string{"car", "carp", "et"}}, // "car" first leaves "pet"
		{"bigcatdog", []string{"big", "cat", "bigc", "atdo"}},
		{"", []string{"a"}},
	}
	for _, ex := range examples {
		fmt.Printf("wordBreak(%q, %q) = %t\n", ex.s, ex.dict, wordBreak(ex.s, ex.dict))
	}
}
