package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"testing"
	"time"
)

// testCollect reads ch until it is closed and returns the values sorted. It
// gives up after 2s and reports closed = false.
func testCollect(ch <-chan int) (vals []int, closed bool) {
	timeout := time.After(2 * time.Second)
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				sort.Ints(vals)
				return vals, true
			}
			vals = append(vals, v)
		case <-timeout:
			sort.Ints(vals)
			return vals, false
		}
	}
}

// testGoroutinesBack waits up to 2s for the goroutine count to drop to base:
// a goroutine that has closed its channel needs a moment to return.
func testGoroutinesBack(base int) (int, bool) {
	deadline := time.Now().Add(2 * time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= base {
			return n, true
		}
		if time.Now().After(deadline) {
			return n, false
		}
		time.Sleep(time.Millisecond)
	}
}

func testEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestPipeline(t *testing.T) {
	testCases := []struct {
		name    string
		nums    []int
		workers int
		want    []int // sorted: the order of the output is not defined
	}{
		{name: "four values, 2 workers", nums: []int{1, 2, 3, 4}, workers: 2, want: []int{1, 4, 9, 16}},
		{name: "negatives and zero, 3 workers", nums: []int{-3, 0, 3, -1}, workers: 3, want: []int{0, 1, 9, 9}},
		{name: "more workers than values", nums: []int{5}, workers: 4, want: []int{25}},
		{name: "no values", nums: []int{}, workers: 2, want: []int{}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got, closed := testCollect(Pipeline(context.Background(), tc.nums, tc.workers))
			if !closed || !testEqual(got, tc.want) {
				t.Errorf("input: nums = %v, workers = %d\ngot: %v (sorted), closed: %v\nwant: %v (sorted), closed: true", tc.nums, tc.workers, got, closed, tc.want)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	testCases := []struct {
		name   string
		inputs [][]int
		want   []int
	}{
		{name: "three inputs, one empty", inputs: [][]int{{1, 2}, {3}, {}}, want: []int{1, 2, 3}},
		{name: "values from every input", inputs: [][]int{{5, 1}, {4}, {2, 3, 6}}, want: []int{1, 2, 3, 4, 5, 6}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			ins := make([]<-chan int, len(tc.inputs))
			for i, vals := range tc.inputs {
				ch := make(chan int, len(vals))
				for _, v := range vals {
					ch <- v
				}
				close(ch)
				ins[i] = ch
			}
			got, closed := testCollect(Merge(context.Background(), ins...))
			if !closed || !testEqual(got, tc.want) {
				t.Errorf("input: inputs = %v\ngot: %v (sorted), closed: %v\nwant: %v (sorted), closed: true", tc.inputs, got, closed, tc.want)
			}
		})
	}
}

// TestPipelineCancel reads some values, cancels, and then checks that the
// output closes early and that every goroutine of the pipeline has returned.
func TestPipelineCancel(t *testing.T) {
	testCases := []struct {
		name    string
		n       int // the pipeline squares 0..n-1
		workers int
		read    int // values read before the cancel
	}{
		{name: "cancel after 3 values, 4 workers", n: 10000, workers: 4, read: 3},
		{name: "cancel before reading, 1 worker", n: 10000, workers: 1, read: 0},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			base := runtime.NumGoroutine()
			nums := make([]int, tc.n)
			for i := range nums {
				nums[i] = i
			}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			out := Pipeline(ctx, nums, tc.workers)
			input := fmt.Sprintf("nums = 0..%d, workers = %d, read %d values, then cancel", tc.n-1, tc.workers, tc.read)
			for i := 0; i < tc.read; i++ {
				select {
				case _, ok := <-out:
					if !ok {
						t.Errorf("input: %s\ngot: output closed after %d values\nwant: %d values before the cancel", input, i, tc.read)
						return
					}
				case <-time.After(2 * time.Second):
					t.Errorf("input: %s\ngot: still blocked after 2s waiting for value %d\nwant: %d values before the cancel", input, i+1, tc.read)
					return
				}
			}
			cancel()
			rest, closed := testCollect(out)
			left, back := testGoroutinesBack(base)
			if !closed || len(rest) >= tc.n-tc.read || !back {
				t.Errorf("input: %s\ngot: closed %v, %d more values, %d goroutines (%d before)\nwant: closed true, fewer than %d more values, %d goroutines", input, closed, len(rest), left, base, tc.n-tc.read, base)
			}
		})
	}
}

// TestStagesStopWhenIdle cancels while a stage waits on an input that never
// sends or closes: the stage must still close its output and return.
func TestStagesStopWhenIdle(t *testing.T) {
	testCases := []struct {
		name  string
		call  string
		stage func(ctx context.Context, in <-chan int) <-chan int
	}{
		{name: "Square waiting for input", call: "Square(ctx, in)", stage: Square},
		{name: "Merge waiting for input", call: "Merge(ctx, in)", stage: func(ctx context.Context, in <-chan int) <-chan int { return Merge(ctx, in) }},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			base := runtime.NumGoroutine()
			idle := make(chan int) // never sends, never closed
			ctx, cancel := context.WithCancel(context.Background())
			out := tc.stage(ctx, idle)
			cancel()
			_, closed := testCollect(out)
			left, back := testGoroutinesBack(base)
			if !closed || !back {
				t.Errorf("input: %s, in never sends or closes, then cancel\ngot: closed %v, %d goroutines (%d before)\nwant: closed true, %d goroutines", tc.call, closed, left, base, base)
			}
		})
	}
}
