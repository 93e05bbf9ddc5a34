package main

import "fmt"

// reverseBytes reverses b in place with two indices that walk toward
// each other, swapping as they go. It uses O(1) extra memory.
func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// reverseText returns s with its characters (runes) in reverse order.
// Reversing the bytes of a UTF-8 string would scramble multi-byte
// characters, so it converts to []rune first. Go strings are immutable,
// which is why this one returns a new string.
func reverseText(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	for _, s := range []string{"hello", "Hannah", ""} {
		b := []byte(s)
		reverseBytes(b)
		fmt.Printf("reverseBytes(%q) -> %q\n", s, b)
	}
	fmt.Printf("reverseText(%q) = %q\n", "Go, 世界", reverseText("Go, 世界"))
}
