package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testSteps runs steps that never need to wait on a correct queue and logs
// each result: "put N", "get", "len", "close".
func testSteps(capacity int, steps []string) string {
	q := NewQueue[int](capacity)
	var log []string
	for _, step := range steps {
		f := strings.Fields(step)
		switch f[0] {
		case "put":
			n, _ := strconv.Atoi(f[1])
			log = append(log, fmt.Sprintf("%s -> %v", step, q.Put(n)))
		case "get":
			v, ok := q.Get()
			log = append(log, fmt.Sprintf("get -> %d %v", v, ok))
		case "len":
			log = append(log, fmt.Sprintf("len -> %d", q.Len()))
		case "close":
			q.Close()
		}
	}
	return strings.Join(log, "; ")
}

func TestQueueSteps(t *testing.T) {
	testCases := []struct {
		name     string
		capacity int
		steps    []string
		want     string
	}{
		{
			name: "first in, first out", capacity: 3,
			steps: []string{"put 1", "put 2", "put 3", "len", "get", "get", "put 4", "get", "get", "len"},
			want:  "put 1 -> <nil>; put 2 -> <nil>; put 3 -> <nil>; len -> 3; get -> 1 true; get -> 2 true; put 4 -> <nil>; get -> 3 true; get -> 4 true; len -> 0",
		},
		{
			name: "wraps around", capacity: 2,
			steps: []string{"put 1", "put 2", "get", "put 3", "get", "put 4", "get", "get", "len"},
			want:  "put 1 -> <nil>; put 2 -> <nil>; get -> 1 true; put 3 -> <nil>; get -> 2 true; put 4 -> <nil>; get -> 3 true; get -> 4 true; len -> 0",
		},
		{
			name: "close drains, then reports closed", capacity: 3,
			steps: []string{"put 1", "put 2", "close", "put 3", "len", "get", "get", "get", "close", "get"},
			want:  "put 1 -> <nil>; put 2 -> <nil>; put 3 -> queue closed; len -> 2; get -> 1 true; get -> 2 true; get -> 0 false; get -> 0 false",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("capacity = %d, steps = %q", tc.capacity, tc.steps)
			result := make(chan string, 1)
			go func() { result <- testSteps(tc.capacity, tc.steps) }()
			select {
			case got := <-result:
				if got != tc.want {
					t.Errorf("input: %s\ngot: %s\nwant: %s", input, got, tc.want)
				}
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: still blocked after 2s\nwant: %s", input, tc.want)
			}
		})
	}
}

// testBlocked reports whether ch stays empty for a short while. A correct
// queue is blocked for good at that point; the wait only gives a wrong one
// the time to return early.
func testBlocked(ch <-chan string) bool {
	select {
	case <-ch:
		return false
	case <-time.After(20 * time.Millisecond):
		return true
	}
}

// testWait collects n results from ch, or stops after 2s.
func testWait(ch <-chan string, n int) []string {
	var got []string
	timeout := time.After(2 * time.Second)
	for len(got) < n {
		select {
		case r := <-ch:
			got = append(got, r)
		case <-timeout:
			return append(got, "still blocked after 2s")
		}
	}
	return got
}

func TestQueueBlocking(t *testing.T) {
	testCases := []struct {
		name  string
		input string
		run   func() string
		want  string
	}{
		{
			name:  "Put waits while full",
			input: "capacity = 2, Put(1), Put(2), Put(3) in a goroutine, then Get, Get, Get",
			run: func() string {
				q := NewQueue[int](2)
				_ = q.Put(1)
				_ = q.Put(2)
				done := make(chan string, 1)
				go func() { done <- fmt.Sprint("Put(3) -> ", q.Put(3)) }()
				blocked := testBlocked(done)
				var log []string
				for i := 0; i < 3; i++ {
					v, ok := q.Get()
					log = append(log, fmt.Sprintf("%d %v", v, ok))
					if i == 0 {
						log = append(log, testWait(done, 1)...)
					}
				}
				return fmt.Sprintf("Put(3) blocked while full: %v; Get -> %s", blocked, strings.Join(log, "; "))
			},
			want: "Put(3) blocked while full: true; Get -> 1 true; Put(3) -> <nil>; 2 true; 3 true",
		},
		{
			name:  "Get waits while empty",
			input: "capacity = 2, Get in a goroutine, then Put(7)",
			run: func() string {
				q := NewQueue[int](2)
				done := make(chan string, 1)
				go func() {
					v, ok := q.Get()
					done <- fmt.Sprintf("Get -> %d %v", v, ok)
				}()
				blocked := testBlocked(done)
				err := q.Put(7)
				return fmt.Sprintf("Get blocked while empty: %v; Put(7) -> %v; %s", blocked, err, testWait(done, 1)[0])
			},
			want: "Get blocked while empty: true; Put(7) -> <nil>; Get -> 7 true",
		},
		{
			name:  "Close wakes every waiting Get",
			input: "capacity = 1, 3 goroutines call Get on the empty queue, then Close",
			run: func() string {
				q := NewQueue[int](1)
				done := make(chan string, 3)
				for i := 0; i < 3; i++ {
					go func() {
						v, ok := q.Get()
						done <- fmt.Sprintf("%d %v", v, ok)
					}()
				}
				blocked := testBlocked(done)
				q.Close()
				return fmt.Sprintf("blocked before Close: %v; after Close: %v", blocked, testWait(done, 3))
			},
			want: "blocked before Close: true; after Close: [0 false 0 false 0 false]",
		},
		{
			name:  "Close wakes every waiting Put",
			input: "capacity = 1, Put(1), 3 goroutines call Put(2) on the full queue, then Close, Get, Get",
			run: func() string {
				q := NewQueue[int](1)
				_ = q.Put(1)
				done := make(chan string, 3)
				for i := 0; i < 3; i++ {
					go func() {
						err := q.Put(2)
						done <- fmt.Sprint(errors.Is(err, ErrClosed))
					}()
				}
				blocked := testBlocked(done)
				q.Close()
				woken := testWait(done, 3)
				v1, ok1 := q.Get()
				v2, ok2 := q.Get()
				return fmt.Sprintf("blocked before Close: %v; Put returned ErrClosed: %v; Get -> %d %v; Get -> %d %v", blocked, woken, v1, ok1, v2, ok2)
			},
			want: "blocked before Close: true; Put returned ErrClosed: [true true true]; Get -> 1 true; Get -> 0 false",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.run()
			if got != tc.want {
				t.Errorf("input: %s\ngot: %s\nwant: %s", tc.input, got, tc.want)
			}
		})
	}
}

// TestQueueStress pushes numbered items through a small queue from several
// producers to several consumers. Every item must arrive exactly once and
// the queue must never hold more than its capacity.
func TestQueueStress(t *testing.T) {
	testCases := []struct {
		name      string
		capacity  int
		producers int
		items     int // per producer
		consumers int
	}{
		{name: "4 producers, 3 consumers, capacity 3", capacity: 3, producers: 4, items: 250, consumers: 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("capacity = %d, %d producers x %d items, %d consumers, Close after the producers finish", tc.capacity, tc.producers, tc.items, tc.consumers)
			q := NewQueue[int](tc.capacity)
			total := tc.producers * tc.items
			var (
				mu      sync.Mutex
				seen    = make([]int, total)
				maxLen  int
				putErrs int
			)
			var producers, consumers sync.WaitGroup
			for p := 0; p < tc.producers; p++ {
				producers.Add(1)
				go func(p int) {
					defer producers.Done()
					for i := 0; i < tc.items; i++ {
						if q.Put(p*tc.items+i) != nil {
							mu.Lock()
							putErrs++
							mu.Unlock()
						}
						if n := q.Len(); n > 0 {
							mu.Lock()
							if n > maxLen {
								maxLen = n
							}
							mu.Unlock()
						}
					}
				}(p)
			}
			for c := 0; c < tc.consumers; c++ {
				consumers.Add(1)
				go func() {
					defer consumers.Done()
					for {
						v, ok := q.Get()
						if !ok {
							return
						}
						mu.Lock()
						if v >= 0 && v < total {
							seen[v]++
						}
						mu.Unlock()
					}
				}()
			}
			done := make(chan struct{})
			go func() {
				producers.Wait()
				q.Close()
				consumers.Wait()
				close(done)
			}()
			select {
			case <-done:
				mu.Lock()
				defer mu.Unlock()
				once := 0
				for _, n := range seen {
					if n == 1 {
						once++
					}
				}
				if once != total || maxLen > tc.capacity || putErrs > 0 {
					t.Errorf("input: %s\ngot: %d of %d items received exactly once, Len up to %d, %d Put errors\nwant: %d of %d items received exactly once, Len up to %d, 0 Put errors", input, once, total, maxLen, putErrs, total, total, tc.capacity)
				}
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: still blocked after 2s\nwant: every item received exactly once", input)
			}
		})
	}
}
