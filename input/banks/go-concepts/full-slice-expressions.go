// A full slice expression s[low:high:max] also sets the capacity of the
// result to max-low, so an append on it cannot reach past high.
package main

import "fmt"

// Stack hands out a view of its items. Capping the view's capacity means a
// caller's append copies instead of writing over the stack's next slot.
type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Items returns the items without copying them; the cap is the protection.
func (s *Stack) Items() []int { return s.items[:len(s.items):len(s.items)] }

// Leaky returns the same view with the spare capacity still attached.
func (s *Stack) Leaky() []int { return s.items }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	head := nums[:2] // len 2, cap 5
	head = append(head, 100)
	fmt.Println("two-index:  ", nums, "len", len(head), "cap", cap(head))

	nums = []int{1, 2, 3, 4, 5}
	head = nums[:2:2] // len 2, cap 2
	head = append(head, 100)
	fmt.Println("three-index:", nums, "head", head)

	st := &Stack{items: make([]int, 0, 8)}
	st.Push(1)
	st.Push(2)

	leaked := append(st.Leaky(), 42) // writes st's spare slot
	st.Push(3)                       // ...which Push then overwrites
	fmt.Println("leaky view after Push:", leaked)

	safe := append(st.Items(), 42) // new array; st is untouched
	st.Push(4)
	fmt.Println("capped view after Push:", safe, "stack:", st.items)

	defer func() { fmt.Println("recovered:", recover()) }()
	i, j, k := 1, 3, 2
	_ = nums[i:j:k] // requires 0 <= low <= high <= max <= cap
}
