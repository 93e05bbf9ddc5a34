package main

// Sequencer makes three goroutines print in order, whatever order they start in.
type Sequencer struct{}

// NewSequencer returns a Sequencer ready for one round of calls.
func NewSequencer() *Sequencer {
	return &Sequencer{}
}

// First runs emit, then lets Second go ahead.
func (s *Sequencer) First(emit func()) {}

// Second waits for First to finish, runs emit, then lets Third go ahead.
func (s *Sequencer) Second(emit func()) {}

// Third waits for Second to finish, then runs emit.
func (s *Sequencer) Third(emit func()) {}
