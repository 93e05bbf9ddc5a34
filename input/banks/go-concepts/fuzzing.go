// Native fuzzing (Go 1.18+). `go test` runs the seed corpus as ordinary
// subtests; `go test -fuzz FuzzReverse` generates new inputs until one fails
// and saves it under testdata/fuzz/FuzzReverse as a permanent regression test.
package main

import (
	"testing"
	"unicode/utf8"
)

// Reverse reverses s rune by rune.
func Reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func TestReverse(t *testing.T) {
	if got := Reverse("héllo"); got != "olléh" {
		t.Errorf("Reverse(héllo) = %q", got)
	}
}

// FuzzReverse checks properties that must hold for every input, rather than
// expected outputs, which a fuzzer cannot know.
func FuzzReverse(f *testing.F) {
	for _, seed := range []string{"", "a", "héllo", "世界", "\xff"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rev := Reverse(s)
		if !utf8.ValidString(s) {
			// []rune turns each invalid byte into U+FFFD, so reversing
			// twice cannot give s back. Say so, instead of failing.
			t.Skip("invalid UTF-8 is not round-tripped")
		}
		if Reverse(rev) != s {
			t.Errorf("Reverse(Reverse(%q)) = %q", s, Reverse(rev))
		}
		if !utf8.ValidString(rev) {
			t.Errorf("Reverse(%q) = %q is not valid UTF-8", s, rev)
		}
		if utf8.RuneCountInString(rev) != utf8.RuneCountInString(s) {
			t.Errorf("Reverse(%q) changed the rune count", s)
		}
	})
}
