// select waits on several channel operations and runs one that can proceed.
// When several are ready, it picks one uniformly at random.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Both channels always have a value ready, so every select has two
	// ready cases. Neither is preferred: each wins about half the time.
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	even := counts["a"] > 4000 && counts["b"] > 4000
	fmt.Println("10000 selects, each case won 40-60%:", even)

	// default makes a select non-blocking: here, drop instead of waiting.
	events := make(chan string, 1)
	dropped := 0
	for _, e := range []string{"e1", "e2", "e3"} {
		select {
		case events <- e:
		default:
			dropped++
		}
	}
	fmt.Println("queued:", <-events, "dropped:", dropped)

	// A nil channel is never ready, which switches its case off.
	var off chan int
	select {
	case v := <-off:
		fmt.Println("impossible", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("nil case never ran; timed out instead")
	}

	// Priority is not built in. To prefer stop over work, check it first
	// in its own non-blocking select.
	stop := make(chan struct{})
	work := make(chan int, 1)
	close(stop)
	work <- 42
	for {
		select {
		case <-stop:
			fmt.Println("stopped first, work left:", len(work))
			return
		default:
		}
		select {
		case <-stop:
			fmt.Println("stopped")
			return
		case w := <-work:
			fmt.Println("worked on", w)
		}
	}
}
