// Alien dictionary: recover a letter order from words sorted in that order.
package main

import "fmt"

// alienOrder returns the distinct letters of words (lowercase a-z) in an
// order under which words is sorted, or "" if no such order exists. Only
// the first differing letter of two neighboring words says anything: it
// gives one edge "comes before". A topological sort of those edges is a
// valid alphabet; a cycle, or a word followed by its own proper prefix,
// makes the list impossible.
func alienOrder(words []string) string {
	var present [26]bool
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			present[w[i]-'a'] = true
		}
	}

	var before [26][26]bool // before[a][b]: a must come before b
	var indegree [26]int
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		j := 0
		for j < len(a) && j < len(b) && a[j] == b[j] {
			j++
		}
		if j == len(a) || j == len(b) {
			// One word is a prefix of the other. "ab" before "abc" is fine;
			// "abc" before "ab" can't be sorted under any alphabet.
			if len(a) > len(b) {
				return ""
			}
			continue
		}
		x, y := a[j]-'a', b[j]-'a'
		if !before[x][y] { // count each edge once, or in-degrees drift
			before[x][y] = true
			indegree[y]++
		}
	}

	// Kahn's algorithm. Starting the queue in a-z order makes the output
	// deterministic; any other tie-break would be just as valid.
	var order []byte
	for c := 0; c < 26; c++ {
		if present[c] && indegree[c] == 0 {
			order = append(order, byte(c))
		}
	}
	for i := 0; i < len(order); i++ {
		x := order[i]
		for y := 0; y < 26; y++ {
			if before[x][y] {
				indegree[y]--
				if indegree[y] == 0 {
					order = append(order, byte(y))
				}
			}
		}
	}

	letters := 0
	for _, p := range present {
		if p {
			letters++
		}
	}
	if len(order) < letters {
		return "" // the letters left over sit on a cycle
	}
	for i := range order {
		order[i] += 'a'
	}
	return string(order)
}

func main() {
	examples := [][]string{
		{"tz", "tx", "zt", "zz", "xt"}, // t<z and z<x: exactly one order
		{"ba", "bc", "ac", "cab"},      // b<a<c
		{"ab", "cd", "ab"},             // a<c and c<a: a cycle
		{"go", "g"},                    // a word before its own prefix
	}
	for _, words := range examples {
		fmt.Printf("alienOrder(%q) = %q\n", words, alienOrder(words))
	}
}
