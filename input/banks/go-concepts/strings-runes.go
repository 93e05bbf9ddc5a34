// A Go string is an immutable sequence of bytes, usually UTF-8. len counts
// bytes, indexing returns a byte, and range decodes runes.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// reverseRunes reverses by code point; reversing bytes would break any
// multibyte character.
func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println("bytes:", len(s), "runes:", utf8.RuneCountInString(s))
	fmt.Printf("s[1] is a byte: %d (0x%x)\n", s[1], s[1])

	for i, r := range s {
		if r > 127 {
			fmt.Printf("rune %q at byte %d, %d bytes\n", r, i, utf8.RuneLen(r))
		}
	}

	fmt.Println("reversed:", reverseRunes(s))

	bad := string([]byte{'o', 'k', 0xff})
	for _, r := range bad {
		fmt.Printf("%q ", r) // an invalid byte decodes as U+FFFD
	}
	fmt.Println("| valid:", utf8.ValidString(bad))

	// A conversion copies: changing b does not change s.
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(s[:6], "vs", string(b[:6]))

	// Build strings with a Builder, not += in a loop (quadratic copying).
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String())
}
