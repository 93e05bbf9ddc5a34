package main

import "fmt"

// isValid reports whether every bracket in s is closed by the matching
// kind, in the right order. s contains only the characters ()[]{}.
func isValid(s string) bool {
	// A string of odd length can never be balanced.
	if len(s)%2 == 1 {
		return false
	}
	opener := map[byte]byte{')': '(', ']': '[', '}': '{'}
	// The stack holds the brackets that are still open; the most recent
	// one is the only one allowed to close next.
	stack := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); i++ {
		c := s[i]
		want, isCloser := opener[c]
		if !isCloser {
			stack = append(stack, c)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != want {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	// Anything left over was opened and never closed.
	return len(stack) == 0
}

func main() {
	for _, s := range []string{"()[]{}", "{[()]}", "([)]", "(("} {
		fmt.Printf("isValid(%q) = %t\n", s, isValid(s))
	}
}
