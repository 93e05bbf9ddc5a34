package main

// myPow returns x raised to the integer power n.
func myPow(x float64, n int) float64 {
	return 0
}
