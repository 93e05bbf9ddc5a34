// Fibonacci: compute the n-th Fibonacci number two ways.
package main

import "fmt"

// maxFibInt64 is the largest n whose Fibonacci number fits in an int64.
// F(92) = 7540113804746346429; F(93) is larger than math.MaxInt64.
const maxFibInt64 = 92

// fib returns F(n) with F(0) = 0 and F(1) = 1, using a loop that keeps
// only the last two values (O(n) time, O(1) space). ok is false when n is
// negative or the result would overflow int64.
func fib(n int) (value int64, ok bool) {
	if n < 0 || n > maxFibInt64 {
		return 0, false
	}
	var a, b int64 = 0, 1 // a = F(i), b = F(i+1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a, true
}

// fibMemo returns F(n) with top-down recursion plus a memo table, so each
// subproblem is solved once (O(n) time, O(n) space for the memo and the
// call stack). The caller must keep 0 <= n <= maxFibInt64.
func fibMemo(n int) int64 {
	memo := make([]int64, n+1)
	known := make([]bool, n+1)
	var solve func(k int) int64
	solve = func(k int) int64 {
		if k < 2 {
			return int64(k)
		}
		if !known[k] {
			memo[k] = solve(k-1) + solve(k-2)
			known[k] = true
		}
		return memo[k]
	}
	return solve(n)
}

func main() {
	for _, n := range []int{0, 1, 10, 50, 92, 93} {
		v, ok := fib(n)
		if !ok {
			fmt.Printf("fib(%d) overflows int64\n", n)
			continue
		}
		fmt.Printf("fib(%d) = %d, fibMemo(%d) = %d\n", n, v, n, fibMemo(n))
	}
}
