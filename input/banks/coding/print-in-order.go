// Print in order: three goroutines call First, Second, and Third in any
// order, yet the output is always "first", "second", "third".
package main

import (
	"fmt"
	"strings"
	"sync"
)

// Sequencer makes Second wait for First and Third wait for Second. Each
// step closes a channel when it is done; closing wakes every receiver and
// creates a happens-before edge, so the next step sees all earlier writes.
type Sequencer struct {
	firstDone  chan struct{}
	secondDone chan struct{}
}

// NewSequencer returns a Sequencer ready for one round of calls.
func NewSequencer() *Sequencer {
	return &Sequencer{
		firstDone:  make(chan struct{}),
		secondDone: make(chan struct{}),
	}
}

// First runs emit immediately, then releases Second. (The parameter is not
// called print: that would shadow the built-in print function.)
func (s *Sequencer) First(emit func()) {
	emit()
	close(s.firstDone)
}

// Second waits for First, runs emit, then releases Third.
func (s *Sequencer) Second(emit func()) {
	<-s.firstDone
	emit()
	close(s.secondDone)
}

// Third waits for Second, then runs emit.
func (s *Sequencer) Third(emit func()) {
	<-s.secondDone
	emit()
}

// runRound starts one goroutine per step, launched in the given order
// (1 = First, 2 = Second, 3 = Third), and returns what was printed.
func runRound(launchOrder []int) string {
	s := NewSequencer()
	var out []string // safe without a lock: the channels order every append
	say := func(word string) func() {
		return func() { out = append(out, word) }
	}

	// Passing step as an argument gives each goroutine its own copy on any
	// Go version. Modules on go 1.22 or later get a new step per iteration
	// anyway, and since Go 1.25 wg.Go(func() { ... }) does the Add and Done.
	var wg sync.WaitGroup
	for _, step := range launchOrder {
		wg.Add(1)
		go func(step int) {
			defer wg.Done()
			switch step {
			case 1:
				s.First(say("first"))
			case 2:
				s.Second(say("second"))
			case 3:
				s.Third(say("third"))
			}
		}(step)
	}
	wg.Wait()
	return strings.Join(out, " ")
}

func main() {
	orders := [][]int{{1, 2, 3}, {3, 2, 1}, {2, 3, 1}}
	for _, order := range orders {
		fmt.Printf("launch order %v -> %s\n", order, runRound(order))
	}

	// Stress it: every launch order, many times. The scheduler interleaves
	// the goroutines differently each run, but the result never changes.
	all := [][]int{{1, 2, 3}, {1, 3, 2}, {2, 1, 3}, {2, 3, 1}, {3, 1, 2}, {3, 2, 1}}
	inOrder := 0
	for i := 0; i < 200; i++ {
		for _, order := range all {
			if runRound(order) == "first second third" {
				inOrder++
			}
		}
	}
	fmt.Printf("stress test: %d of %d rounds printed in order\n", inOrder, 200*len(all))
}
