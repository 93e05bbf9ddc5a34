package main

import "fmt"

// countBits returns a slice of length n+1 whose i-th entry is the number of
// 1 bits in the binary form of i.
func countBits(n int) []int {
	ans := make([]int, n+1)
	for i := 1; i <= n; i++ {
		// i>>1 drops the lowest bit of i and is smaller than i, so its
		// count is already known; add back the bit that was dropped.
		ans[i] = ans[i>>1] + (i & 1)
	}
	return ans
}

func main() {
	for _, n := range []int{0, 2, 5, 8} {
		fmt.Printf("countBits(%d) = %v\n", n, countBits(n))
	}
}
