package main

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// testUnread returns the messages waiting in ch without blocking, and
// whether ch is closed. A nil channel reads as empty and open.
func testUnread(ch <-chan string) ([]string, bool) {
	msgs := []string{}
	for {
		select {
		case m, ok := <-ch:
			if !ok {
				return msgs, true
			}
			msgs = append(msgs, m)
		default:
			return msgs, false
		}
	}
}

// testRun executes a script of steps on a new broker and logs the results:
//
//	sub NAME TOPIC   subscribe NAME to TOPIC
//	pub TOPIC MSG    publish, logs how many subscribers received MSG
//	read NAME        logs the messages waiting for NAME and open/closed
//	unsub NAME       call NAME's unsubscribe function
//	close            close the broker
func testRun(buffer int, steps []string) string {
	b := NewBroker(buffer)
	chans := map[string]<-chan string{}
	unsubs := map[string]func(){}
	var log []string
	for _, step := range steps {
		f := strings.Fields(step)
		switch f[0] {
		case "sub":
			chans[f[1]], unsubs[f[1]] = b.Subscribe(f[2])
		case "pub":
			log = append(log, fmt.Sprintf("%s -> %d", step, b.Publish(f[1], f[2])))
		case "read":
			msgs, closed := testUnread(chans[f[1]])
			state := "open"
			if closed {
				state = "closed"
			}
			log = append(log, fmt.Sprintf("%s -> %v %s", step, msgs, state))
		case "unsub":
			unsubs[f[1]]()
		case "close":
			b.Close()
		}
	}
	return strings.Join(log, "; ")
}

func TestBroker(t *testing.T) {
	testCases := []struct {
		name   string
		buffer int
		steps  []string
		want   string
	}{
		{
			name: "two subscribers get every message", buffer: 4,
			steps: []string{"sub a news", "sub b news", "pub news m1", "pub news m2", "read a", "read b"},
			want:  "pub news m1 -> 2; pub news m2 -> 2; read a -> [m1 m2] open; read b -> [m1 m2] open",
		},
		{
			name: "topics are separate", buffer: 4,
			steps: []string{"sub a news", "sub b sports", "pub news n1", "pub sports s1", "pub weather w1", "read a", "read b"},
			want:  "pub news n1 -> 1; pub sports s1 -> 1; pub weather w1 -> 0; read a -> [n1] open; read b -> [s1] open",
		},
		{
			name: "slow subscriber misses new messages", buffer: 2,
			steps: []string{"sub slow t", "sub fast t", "pub t m1", "read fast", "pub t m2", "read fast", "pub t m3", "read fast", "read slow"},
			want:  "pub t m1 -> 2; read fast -> [m1] open; pub t m2 -> 2; read fast -> [m2] open; pub t m3 -> 1; read fast -> [m3] open; read slow -> [m1 m2] open",
		},
		{
			name: "unsubscribe closes the channel", buffer: 2,
			steps: []string{"sub a t", "sub b t", "pub t m1", "unsub a", "pub t m2", "unsub a", "read a", "read b"},
			want:  "pub t m1 -> 2; pub t m2 -> 1; read a -> [m1] closed; read b -> [m1 m2] open",
		},
		{
			name: "close ends every subscription", buffer: 2,
			steps: []string{"sub a t", "sub b u", "pub t m1", "close", "pub t m2", "read a", "read b", "unsub a", "close", "sub c t", "read c"},
			want:  "pub t m1 -> 1; pub t m2 -> 0; read a -> [m1] closed; read b -> [] closed; read c -> [] closed",
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("buffer = %d, steps = %q", tc.buffer, tc.steps)
			// Run the script in a goroutine, so a Publish that blocks on a
			// full subscriber fails the test instead of hanging it.
			result := make(chan string, 1)
			go func() { result <- testRun(tc.buffer, tc.steps) }()
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

// TestBrokerConcurrent publishes from several goroutines while subscribers
// read, some unsubscribe part-way, and the broker is closed before the
// publishers finish. Nothing may panic or race, every reader must see its
// channel closed, and every delivery Publish reports must reach a reader.
func TestBrokerConcurrent(t *testing.T) {
	testCases := []struct {
		name       string
		publishers int
		messages   int // per publisher
		readers    int
		quitters   int // readers that unsubscribe after 5 messages
	}{
		{name: "4 publishers, 6 readers, 2 quit", publishers: 4, messages: 300, readers: 6, quitters: 2},
		{name: "1 publisher, 3 readers, all quit", publishers: 1, messages: 300, readers: 3, quitters: 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("buffer = 8, %d publishers x %d messages on one topic, %d readers (%d unsubscribe after 5 messages), Close while publishing",
				tc.publishers, tc.messages, tc.readers, tc.quitters)
			b := NewBroker(8)
			var (
				mu        sync.Mutex
				received  int
				delivered int
				readers   sync.WaitGroup
			)
			for r := 0; r < tc.readers; r++ {
				ch, unsubscribe := b.Subscribe("t")
				quit := r < tc.quitters
				readers.Add(1)
				go func() {
					defer readers.Done()
					n := 0
					for range ch { // until the channel is closed
						n++
						if quit && n == 5 {
							unsubscribe()
						}
					}
					mu.Lock()
					received += n
					mu.Unlock()
				}()
			}
			var publishers sync.WaitGroup
			halfway := make(chan struct{})
			for p := 0; p < tc.publishers; p++ {
				publishers.Add(1)
				go func(p int) {
					defer publishers.Done()
					for i := 0; i < tc.messages; i++ {
						if p == 0 && i == tc.messages/2 {
							close(halfway)
						}
						n := b.Publish("t", fmt.Sprintf("p%d-%d", p, i))
						mu.Lock()
						delivered += n
						mu.Unlock()
					}
				}(p)
			}
			<-halfway
			b.Close()
			publishers.Wait()

			done := make(chan struct{})
			go func() {
				readers.Wait()
				close(done)
			}()
			select {
			case <-done:
				mu.Lock()
				defer mu.Unlock()
				if received != delivered {
					t.Errorf("input: %s\ngot: Publish reported %d deliveries, readers received %d\nwant: the two counts equal", input, delivered, received)
				}
			case <-time.After(2 * time.Second):
				t.Errorf("input: %s\ngot: readers still waiting 2s after Close\nwant: every subscriber channel closed", input)
			}
		})
	}
}
