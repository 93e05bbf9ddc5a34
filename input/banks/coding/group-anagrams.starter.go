package main

// groupAnagrams returns the words grouped so that anagrams of each other share a group.
func groupAnagrams(words []string) [][]string {
	return nil
}
