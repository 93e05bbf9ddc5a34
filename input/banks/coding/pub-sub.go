// Pub-sub broker: subscribers get a buffered channel per topic, publishers
// never block, and a subscriber that falls behind misses messages instead of
// stalling everyone else.
package main

import (
	"fmt"
	"sync"
)

// Broker delivers messages to the subscribers of a topic. It is safe for
// concurrent use.
type Broker struct {
	mu     sync.RWMutex
	buffer int
	topics map[string]map[chan string]struct{}
	closed bool
}

// NewBroker returns a broker whose subscriber channels hold buffer messages.
func NewBroker(buffer int) *Broker {
	if buffer < 1 {
		buffer = 1 // an unbuffered channel would drop almost everything
	}
	return &Broker{buffer: buffer, topics: map[string]map[chan string]struct{}{}}
}

// Subscribe returns a channel that receives every message published to topic
// from now on, and a function that ends the subscription and closes the
// channel. The function may be called any number of times, also after Close.
func (b *Broker) Subscribe(topic string) (<-chan string, func()) {
	ch := make(chan string, b.buffer)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		close(ch)
		return ch, func() {}
	}
	if b.topics[topic] == nil {
		b.topics[topic] = map[chan string]struct{}{}
	}
	b.topics[topic][ch] = struct{}{}
	unsubscribe := func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		// Close only a channel that is still registered: that makes a second
		// call, or a call after Close, a no-op instead of a double close.
		if _, ok := b.topics[topic][ch]; ok {
			delete(b.topics[topic], ch)
			if len(b.topics[topic]) == 0 {
				delete(b.topics, topic)
			}
			close(ch)
		}
	}
	return ch, unsubscribe
}

// Publish sends msg to every current subscriber of topic without blocking and
// returns how many received it. Drop policy: a subscriber whose buffer is full
// misses msg and keeps the older messages it has not read yet.
func (b *Broker) Publish(topic, msg string) int {
	// The read lock lets publishers run in parallel, while Close and
	// unsubscribe (which close channels) take the write lock, so no send can
	// ever hit a closed channel.
	b.mu.RLock()
	defer b.mu.RUnlock()
	delivered := 0
	for ch := range b.topics[topic] {
		select {
		case ch <- msg:
			delivered++
		default: // full: drop it for this subscriber only
		}
	}
	return delivered
}

// Close ends every subscription and closes every subscriber channel. Messages
// already buffered can still be read. Later calls to Publish deliver nothing.
func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, subs := range b.topics {
		for ch := range subs {
			close(ch)
		}
	}
	b.topics = nil
}

// unread returns the messages waiting in ch without blocking, and whether ch
// is closed.
func unread(ch <-chan string) ([]string, bool) {
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

func main() {
	b := NewBroker(2)
	fast, _ := b.Subscribe("orders")
	slow, unsubscribeSlow := b.Subscribe("orders")
	audit, _ := b.Subscribe("audit")

	fmt.Println("Publish(orders, o1) -> delivered to", b.Publish("orders", "o1"))
	<-fast
	fmt.Println("Publish(orders, o2) -> delivered to", b.Publish("orders", "o2"))
	<-fast
	// slow has not read anything, so its buffer of 2 is now full.
	fmt.Println("Publish(orders, o3) -> delivered to", b.Publish("orders", "o3"))
	fmt.Println("Publish(audit, a1) -> delivered to", b.Publish("audit", "a1"))

	msgs, closed := unread(slow)
	fmt.Println("slow subscriber holds", msgs, "closed:", closed)
	unsubscribeSlow()
	unsubscribeSlow() // harmless
	b.Close()
	msgs, closed = unread(audit)
	fmt.Println("after Close, audit subscriber holds", msgs, "closed:", closed)
	fmt.Println("Publish(orders, o4) after Close -> delivered to", b.Publish("orders", "o4"))
}
