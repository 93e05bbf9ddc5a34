package main

// networkDelayTime returns the time for a signal from node k to reach all n nodes along the directed weighted edges, or -1 if some node is never reached.
func networkDelayTime(times [][]int, n int, k int) int {
	return 0
}
