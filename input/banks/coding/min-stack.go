package main

import (
	"fmt"
	"strconv"
	"strings"
)

// MinStack is a stack of ints that also reports its smallest element.
// Every operation is O(1): each frame stores the minimum of the stack at the
// moment it was pushed, so popping a frame restores the previous minimum
// without any search.
type MinStack struct {
	frames []minFrame
}

type minFrame struct {
	val int
	min int // minimum of this frame and every frame below it
}

// NewMinStack returns an empty stack.
func NewMinStack() *MinStack {
	return &MinStack{}
}

// Push adds x on top.
func (s *MinStack) Push(x int) {
	m := x
	if n := len(s.frames); n > 0 && s.frames[n-1].min < m {
		m = s.frames[n-1].min
	}
	s.frames = append(s.frames, minFrame{val: x, min: m})
}

// Pop removes the top element. The stack must not be empty.
func (s *MinStack) Pop() {
	s.frames = s.frames[:len(s.frames)-1]
}

// Top returns the top element. The stack must not be empty.
func (s *MinStack) Top() int {
	return s.frames[len(s.frames)-1].val
}

// GetMin returns the smallest element. The stack must not be empty.
func (s *MinStack) GetMin() int {
	return s.frames[len(s.frames)-1].min
}

// runOps applies operations such as "push 3" or "getMin" to a fresh stack
// and collects what top and getMin report.
func runOps(ops []string) []int {
	s := NewMinStack()
	results := []int{}
	for _, op := range ops {
		fields := strings.Fields(op)
		switch fields[0] {
		case "push":
			x, _ := strconv.Atoi(fields[1])
			s.Push(x)
		case "pop":
			s.Pop()
		case "top":
			results = append(results, s.Top())
		case "getMin":
			results = append(results, s.GetMin())
		}
	}
	return results
}

func main() {
	examples := [][]string{
		{"push 3", "push 1", "getMin", "pop", "getMin"},
		{"push 4", "push 1", "push 1", "pop", "getMin"}, // a second copy of the minimum survives
		{"push -2", "push 0", "push -3", "getMin", "pop", "top", "getMin"},
		{"push 2", "push 7", "top", "getMin"},
	}
	for _, ops := range examples {
		fmt.Printf("%s -> %v\n", strings.Join(ops, ", "), runOps(ops))
	}
}
