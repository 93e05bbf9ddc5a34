package main

import (
	"fmt"
	"math"
)

// myPow returns x raised to the integer power n in O(log |n|)
// multiplications. n may be any int, including math.MinInt.
func myPow(x float64, n int) float64 {
	// |n| as an unsigned value. -n overflows when n == math.MinInt, because
	// the positive counterpart does not fit in an int; -(n+1) always fits,
	// and adding the 1 back in uint space cannot overflow.
	var e uint
	if n < 0 {
		e = uint(-(n + 1)) + 1
	} else {
		e = uint(n)
	}

	// Binary exponentiation: walk the bits of e from the lowest. base holds
	// x^(2^k) for bit k; multiply it into the result when bit k is set.
	result, base := 1.0, x
	for e > 0 {
		if e&1 == 1 {
			result *= base
		}
		base *= base
		e >>= 1
	}
	if n < 0 {
		// Invert once at the end rather than inverting x up front; an
		// overflow to +Inf here correctly becomes 0.
		return 1 / result
	}
	return result
}

func main() {
	examples := []struct {
		x float64
		n int
	}{
		{2, 10},
		{2.1, 3},
		{2, -2},
		{-1, math.MinInt},
		{2, math.MinInt},
	}
	for _, ex := range examples {
		fmt.Printf("myPow(%v, %d) = %.10g\n", ex.x, ex.n, myPow(ex.x, ex.n))
	}
}
