// Benchmarks and allocation tests. `go test -bench . -benchmem` runs the
// benchmarks; a plain `go test` (and the Go Playground) runs only the tests,
// which pin allocation counts as upper bounds.
package main

import (
	"strconv"
	"strings"
	"testing"
)

// joinPlus concatenates with +=, copying the whole string on every step.
func joinPlus(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += strconv.Itoa(i) + ","
	}
	return s
}

// joinBuilder sizes one buffer up front and appends into it.
func joinBuilder(n int) string {
	var b strings.Builder
	b.Grow(n * 4)
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	return b.String()
}

var sink string // keeps the compiler from discarding the benchmarked call

// With Go 1.24+, write `for b.Loop() { ... }` instead of the b.N loop: it
// times only the loop and keeps the call from being optimized away.
func BenchmarkJoinPlus(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = joinPlus(100)
	}
}

func BenchmarkJoinBuilder(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = joinBuilder(100)
	}
}

// Sub-benchmarks compare sizes in one run: BenchmarkSizes/n=10, /n=1000.
func BenchmarkSizes(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				sink = joinBuilder(n)
			}
		})
	}
}

func TestSameResult(t *testing.T) {
	if joinPlus(50) != joinBuilder(50) {
		t.Fatal("joinPlus and joinBuilder disagree")
	}
}

// An allocation budget as a test: an upper bound, because a later compiler
// may remove allocations but a regression should fail the build.
func TestJoinBuilderAllocs(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { sink = joinBuilder(100) })
	if allocs > 1 {
		t.Errorf("joinBuilder(100) allocates %.0f times per call, want at most 1", allocs)
	}
}
