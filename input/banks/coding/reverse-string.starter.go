package main

// reverseBytes reverses b in place.
func reverseBytes(b []byte) {
}
