package main

import (
	"fmt"
	"math"
	"testing"
)

// testClose compares with a relative tolerance, so rounding in the last
// bits never fails a correct solution. Equal values (including two
// infinities of the same sign) always match.
func testClose(got, want float64) bool {
	if got == want {
		return true
	}
	if math.IsInf(want, 0) || math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	return math.Abs(got-want) <= 1e-9*math.Max(1, math.Abs(want))
}

func TestMyPow(t *testing.T) {
	testCases := []struct {
		name string
		x    float64
		n    int
		want float64
	}{
		{"positive power", 2, 10, 1024},
		{"fractional base", 2.1, 3, 9.261},
		{"negative power", 2, -2, 0.25},
		{"negative base, odd power", -2, 3, -8},
		{"zero power", 5, 0, 1},
		{"most negative n, base -1", -1, math.MinInt, 1},
		{"most negative n underflows", 2, math.MinInt, 0},
		{"most negative n overflows", 0.5, math.MinInt, math.Inf(1)},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			in := fmt.Sprintf("x = %v, n = %d", tc.x, tc.n)
			got := myPow(tc.x, tc.n)
			if !testClose(got, tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", in, got, tc.want)
			}
		})
	}
}
