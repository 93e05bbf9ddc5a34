package main

import "fmt"

// groupAnagrams puts words that are anagrams of each other into the same
// group. Words must consist of lowercase ASCII letters. Groups appear in
// the order their first word appears in the input, and words keep their
// input order inside a group, so the output is deterministic.
func groupAnagrams(words []string) [][]string {
	// The key is a letter histogram. Go arrays are comparable, so a
	// [26]int can be a map key directly: building it costs O(k) per word,
	// cheaper than sorting the letters (O(k log k)).
	groupOf := make(map[[26]int]int) // histogram -> index in groups
	var groups [][]string
	for _, w := range words {
		var key [26]int
		for i := 0; i < len(w); i++ {
			key[w[i]-'a']++
		}
		idx, ok := groupOf[key]
		if !ok {
			idx = len(groups)
			groupOf[key] = idx
			groups = append(groups, nil)
		}
		groups[idx] = append(groups[idx], w)
	}
	return groups
}

func main() {
	inputs := [][]string{
		{"eat", "tea", "tan", "ate", "nat", "bat"},
		{"listen", "silent", "enlist", "google"},
		{""},
	}
	for _, words := range inputs {
		fmt.Printf("groupAnagrams(%q) = %q\n", words, groupAnagrams(words))
	}
}
