package main

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// testRound calls the three methods on a new Sequencer from three goroutines
// started in launchOrder (1 = First, 2 = Second, 3 = Third). With paced set,
// it gives each goroutine up to 10ms to return before starting the next one,
// so a method that does not wait prints out of turn; a correct Sequencer is
// simply blocked during that time. It returns the words printed, or reports
// that a goroutine was still blocked after 2s.
func testRound(launchOrder []int, paced bool) (string, bool) {
	s := NewSequencer()
	// out is appended to without a lock on purpose: only the ordering the
	// Sequencer creates makes that safe, and the race detector checks it.
	var out []string
	emit := func(word string) func() {
		return func() { out = append(out, word) }
	}
	done := make(chan struct{}, 3)
	for _, step := range launchOrder {
		go func(step int) {
			defer func() { done <- struct{}{} }()
			switch step {
			case 1:
				s.First(emit("first"))
			case 2:
				s.Second(emit("second"))
			case 3:
				s.Third(emit("third"))
			}
		}(step)
		if paced {
			select {
			case <-done:
				done <- struct{}{} // put it back for the count below
			case <-time.After(10 * time.Millisecond):
			}
		}
	}
	timeout := time.After(2 * time.Second)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
		case <-timeout:
			return "", false
		}
	}
	return strings.Join(out, " "), true
}

func TestPrintInOrder(t *testing.T) {
	testCases := []struct {
		name        string
		launchOrder []int
		paced       bool
		rounds      int
	}{
		{name: "first, second, third", launchOrder: []int{1, 2, 3}, paced: true, rounds: 1},
		{name: "third, second, first", launchOrder: []int{3, 2, 1}, paced: true, rounds: 1},
		{name: "second, third, first", launchOrder: []int{2, 3, 1}, paced: true, rounds: 1},
		{name: "third, first, second", launchOrder: []int{3, 1, 2}, paced: true, rounds: 1},
		{name: "second, first, third", launchOrder: []int{2, 1, 3}, paced: true, rounds: 1},
		{name: "all at once, 200 rounds", launchOrder: []int{3, 1, 2}, paced: false, rounds: 200},
	}
	want := "first second third"
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("launch order %v", tc.launchOrder)
			if tc.paced {
				input += " (each goroutine given 10ms before the next starts)"
			} else {
				input += fmt.Sprintf(" (all at once, %d rounds)", tc.rounds)
			}
			for r := 0; r < tc.rounds; r++ {
				got, finished := testRound(tc.launchOrder, tc.paced)
				if !finished {
					t.Errorf("input: %s\ngot: still blocked after 2s in round %d\nwant: %s", input, r+1, want)
					return
				}
				if got != want {
					t.Errorf("input: %s\ngot: %q in round %d\nwant: %q", input, got, r+1, want)
					return
				}
			}
		})
	}
}
