package main

// MinStack is a stack of ints that can also report its minimum in O(1).
type MinStack struct {
}

// NewMinStack returns an empty MinStack.
func NewMinStack() *MinStack {
	return &MinStack{}
}

// Push adds x on top of the stack.
func (s *MinStack) Push(x int) {
}

// Pop removes the top element; the stack is not empty when it is called.
func (s *MinStack) Pop() {
}

// Top returns the top element; the stack is not empty when it is called.
func (s *MinStack) Top() int {
	return 0
}

// GetMin returns the smallest element; the stack is not empty when it is called.
func (s *MinStack) GetMin() int {
	return 0
}
