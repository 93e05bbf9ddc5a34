// A production-shaped HTTP server: timeouts on every phase, liveness and
// readiness endpoints, and graceful shutdown on SIGINT or SIGTERM. To run on
// its own it serves on a loopback port, calls itself, and then sends itself
// SIGTERM, as an orchestrator would.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

func newServer(ready *atomic.Bool, slowStarted chan<- struct{}) *http.Server {
	mux := http.NewServeMux()
	// Liveness: the process can serve at all. No dependency checks here, or a
	// database outage makes the orchestrator restart every healthy instance.
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "ok")
	})
	// Readiness: send me traffic. Turned off first when shutting down.
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		if !ready.Load() {
			http.Error(w, "draining", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "ready")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(slowStarted)
		select {
		case <-time.After(100 * time.Millisecond):
			fmt.Fprint(w, "done")
		case <-r.Context().Done(): // client gone: stop working
		}
	})
	return &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,  // slow-header (Slowloris) clients
		ReadTimeout:       10 * time.Second, // whole request, body included
		WriteTimeout:      30 * time.Second, // from end of request headers to end of response
		IdleTimeout:       60 * time.Second, // keep-alive connections
		MaxHeaderBytes:    1 << 20,
	}
}

func get(url string) string {
	resp, err := http.Get(url)
	if err != nil {
		return "error: " + err.Error()
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(body)))
}

func main() {
	// The context is canceled when the first SIGINT or SIGTERM arrives.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var ready atomic.Bool
	slowStarted := make(chan struct{})
	srv := newServer(&ready, slowStarted)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	ready.Store(true)

	base := "http://" + ln.Addr().String()
	fmt.Println("healthz:", get(base+"/healthz"))
	fmt.Println("readyz: ", get(base+"/readyz"))

	inFlight := make(chan string, 1)
	go func() { inFlight <- get(base + "/slow") }()
	<-slowStarted

	// Signaling yourself works on Unix; on Windows, Process.Signal supports
	// only os.Kill, so this program stops here with an error there.
	self, err := os.FindProcess(os.Getpid())
	if err == nil {
		err = self.Signal(syscall.SIGTERM)
	}
	if err != nil {
		fmt.Println("signal:", err)
		return
	}

	<-ctx.Done()
	stop() // a second signal now kills the process the default way
	fmt.Println("SIGTERM received, draining")

	ready.Store(false) // the load balancer stops sending new requests
	fmt.Println("readyz: ", get(base+"/readyz"))

	// Shutdown closes the listener, then waits for in-flight requests, up to
	// its context's deadline.
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	fmt.Println("shutdown:", srv.Shutdown(shutdownCtx))
	fmt.Println("in-flight /slow:", <-inFlight)
	if err := <-serveErr; errors.Is(err, http.ErrServerClosed) {
		fmt.Println("Serve returned ErrServerClosed: clean exit")
	}
}
