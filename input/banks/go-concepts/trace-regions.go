// The execution tracer records scheduling, GC, syscalls and blocking per
// goroutine over time. Tasks, regions and logs add your own structure, which
// `go tool trace` shows next to the runtime's events.
package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime/trace"
	"sync"
	"time"
)

func handle(ctx context.Context, id int) {
	// A task spans one logical operation, possibly across goroutines.
	ctx, task := trace.NewTask(ctx, "request")
	defer task.End()
	trace.Logf(ctx, "request", "id=%d", id)

	trace.WithRegion(ctx, "decode", func() { time.Sleep(time.Millisecond) })

	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A region belongs to one goroutine and must end on it.
			defer trace.StartRegion(ctx, "fetch").End()
			time.Sleep(2 * time.Millisecond)
		}()
	}
	wg.Wait()
}

func main() {
	var buf bytes.Buffer // a service would write to a file or serve /debug/pprof/trace
	fmt.Println("tracing before Start:", trace.IsEnabled())
	if err := trace.Start(&buf); err != nil {
		fmt.Println("trace:", err)
		return
	}
	fmt.Println("tracing after Start:", trace.IsEnabled())
	for id := 1; id <= 3; id++ {
		handle(context.Background(), id)
	}
	trace.Stop()
	fmt.Println("trace bytes written:", buf.Len() > 0)
	fmt.Println("view with: go tool trace trace.out")
}
