// Table-driven tests with subtests, t.Parallel, t.Cleanup and t.TempDir.
// The Go Playground runs this file as tests because it has no main.
package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// Slugify lowercases s and joins its words with hyphens.
func Slugify(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	return strings.Join(words, "-")
}

func TestSlugify(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"simple", "Hello World", "hello-world"},
		{"punctuation", "Go: 1.27!", "go-1-27"},
		{"extra spaces", "  a   b  ", "a-b"},
		{"empty", "", ""},
		{"unicode", "Grüße aus Köln", "grüße-aus-köln"},
	}
	for _, tt := range tests {
		tt := tt // one variable per iteration; Go 1.22+ makes this line unnecessary
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // runs after the loop, alongside the other cases
			if got := Slugify(tt.in); got != tt.want {
				t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// writeConfig is a helper: t.Helper makes failures point at the caller.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "app.conf") // removed after the test
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatalf("write config: %v", err)
	}
	return path
}

func TestCleanupRunsLastInFirstOut(t *testing.T) {
	var order []string
	t.Run("resources", func(t *testing.T) {
		path := writeConfig(t, "port=8080")
		t.Cleanup(func() { order = append(order, "close db") })
		t.Cleanup(func() { order = append(order, "stop server") })
		data, err := os.ReadFile(path)
		if err != nil || string(data) != "port=8080" {
			t.Fatalf("read back %q, %v", data, err)
		}
	})
	// A subtest's cleanups have run by the time t.Run returns.
	if got, want := strings.Join(order, ", "), "stop server, close db"; got != want {
		t.Errorf("cleanup order = %q, want %q", got, want)
	}
}
