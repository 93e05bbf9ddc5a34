package main

// canFinish reports whether all numCourses courses can be taken when [a, b] means b comes before a.
func canFinish(numCourses int, prereqs [][]int) bool {
	return false
}
