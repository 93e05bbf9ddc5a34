package main

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// testRunOps applies ops such as "push 3", "pop", "top", "getMin" to a new
// MinStack and returns the values reported by top and getMin, in order.
func testRunOps(t *testing.T, ops []string) []int {
	t.Helper()
	s := NewMinStack()
	results := []int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		switch fields[0] {
		case "push":
			x, err := strconv.Atoi(fields[1])
			if err != nil {
				t.Fatalf("bad test op %q", op)
			}
			s.Push(x)
		case "pop":
			s.Pop()
		case "top":
			results = append(results, s.Top())
		case "getMin":
			results = append(results, s.GetMin())
		default:
			t.Fatalf("unknown test op %q", op)
		}
	}
	return results
}

func TestMinStack(t *testing.T) {
	testCases := []struct {
		name string
		ops  []string
		want []int // results of top and getMin, in order
	}{
		{"min restored after pop",
			[]string{"push 3", "push 1", "getMin", "pop", "getMin"},
			[]int{1, 3}},
		{"top and min differ",
			[]string{"push 2", "push 7", "top", "getMin"},
			[]int{7, 2}},
		{"duplicate minimum",
			[]string{"push 4", "push 1", "push 1", "pop", "getMin", "pop", "getMin"},
			[]int{1, 4}},
		{"single element",
			[]string{"push 9", "top", "getMin"},
			[]int{9, 9}},
		{"negatives",
			[]string{"push -2", "push 0", "push -3", "getMin", "pop", "top", "getMin"},
			[]int{-3, 0, -2}},
		{"increasing pushes",
			[]string{"push 1", "push 2", "push 3", "getMin", "pop", "pop", "getMin", "top"},
			[]int{1, 1, 1}},
		{"empty then reused",
			[]string{"push 5", "pop", "push 8", "push 6", "getMin", "top"},
			[]int{6, 6}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := strings.Join(tc.ops, ", ")
			got := testRunOps(t, tc.ops)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}
