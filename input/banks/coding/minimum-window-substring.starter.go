package main

// minWindow returns the shortest substring of s containing every character of t with multiplicity, or "".
func minWindow(s, t string) string {
	return ""
}
