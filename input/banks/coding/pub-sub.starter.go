package main

// Broker delivers messages to the subscribers of a topic; it must be safe for concurrent use.
type Broker struct{}

// NewBroker returns a broker whose subscriber channels buffer up to buffer messages.
func NewBroker(buffer int) *Broker {
	return &Broker{}
}

// Subscribe returns a channel with every message later published to topic, and a function that ends the subscription and closes the channel (safe to call twice or after Close).
func (b *Broker) Subscribe(topic string) (<-chan string, func()) {
	return nil, func() {}
}

// Publish sends msg to every subscriber of topic without blocking, dropping it for subscribers whose buffer is full, and returns how many received it.
func (b *Broker) Publish(topic, msg string) int {
	return 0
}

// Close ends every subscription and closes every subscriber channel; later Publish calls deliver nothing.
func (b *Broker) Close() {}
