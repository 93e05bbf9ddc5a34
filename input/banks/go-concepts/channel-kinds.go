// A tour of channel kinds: unbuffered, buffered, closed, nil, and directional.
package main

import "fmt"

// handoff shows that an unbuffered send completes only when a receiver takes
// the value, so the two goroutines meet at that point.
func handoff() string {
	ch := make(chan string) // unbuffered: capacity 0
	go func() { ch <- "ping" }()
	return <-ch // the sender is released exactly when this receive happens
}

// produce only sends: its parameter type is a send-only channel, so the
// compiler rejects any attempt to receive from it here.
func produce(out chan<- int, values ...int) {
	for _, v := range values {
		out <- v
	}
	close(out) // the sender owns the channel, so the sender closes it
}

// mergeSum reads two receive-only channels until both are closed. Setting a
// finished channel to nil disables its select case, because operations on a
// nil channel block forever.
func mergeSum(a, b <-chan int) (count, sum int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			count++
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			count++
			sum += v
		}
	}
	return count, sum
}

func main() {
	fmt.Println("unbuffered handoff:", handoff())

	// A buffered channel accepts sends without a receiver until it is full.
	buf := make(chan int, 3)
	buf <- 10
	buf <- 20
	fmt.Printf("buffered: len=%d cap=%d\n", len(buf), cap(buf))

	// After close, receivers drain the buffered values first...
	close(buf)
	for v := range buf {
		fmt.Println("drained:", v)
	}
	// ...and then get the zero value immediately, with ok == false.
	v, ok := <-buf
	fmt.Printf("receive from closed: v=%d ok=%t\n", v, ok)

	a, b := make(chan int), make(chan int)
	go produce(a, 1, 2, 3)
	go produce(b, 100, 200)
	count, sum := mergeSum(a, b)
	fmt.Printf("merged %d values, sum=%d\n", count, sum)
}
