package main

// isValid reports whether the brackets in s are balanced and properly nested.
func isValid(s string) bool {
	return false
}
