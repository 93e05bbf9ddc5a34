package main

// alienOrder returns the letters of words in an order under which words is sorted, or "" if none exists.
func alienOrder(words []string) string {
	return ""
}
