package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"
)

// testFetcher is a fake web. It counts fetches per URL and the largest
// number of fetches in flight at once. With wait > 0, every fetch except the
// first waits until wait fetches are in flight together, so a crawler that
// fetches one page at a time fails instead of passing by accident. A URL in
// after is fetched only once its value has been fetched, or 100ms later:
// that delays a page without ever blocking a correct crawler for good.
type testFetcher struct {
	pages map[string][]string
	start string
	wait  int
	after map[string]string
	done  map[string]chan struct{}

	mu       sync.Mutex
	counts   map[string]int
	inFlight int
	peak     int
	full     chan struct{}
	stuck    bool
}

func (f *testFetcher) Fetch(url string) ([]string, error) {
	f.mu.Lock()
	f.counts[url]++
	f.inFlight++
	if f.inFlight > f.peak {
		f.peak = f.inFlight
	}
	if f.wait > 0 && f.inFlight >= f.wait {
		select {
		case <-f.full:
		default:
			close(f.full)
		}
	}
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.inFlight--
		if ch, ok := f.done[url]; ok && f.counts[url] == 1 {
			close(ch)
		}
		f.mu.Unlock()
	}()
	if first, ok := f.after[url]; ok {
		select {
		case <-f.done[first]:
		case <-time.After(100 * time.Millisecond):
		}
	}
	if f.wait > 0 && url != f.start {
		select {
		case <-f.full:
		case <-time.After(2 * time.Second):
			f.mu.Lock()
			f.stuck = true
			f.mu.Unlock()
			return nil, errors.New("timed out waiting for parallel fetches")
		}
	}
	links, ok := f.pages[url]
	if !ok {
		return nil, errors.New("not found: " + url)
	}
	return append([]string(nil), links...), nil
}

func TestCrawl(t *testing.T) {
	testCases := []struct {
		name     string
		pages    map[string][]string // a URL missing from the map fails to fetch
		start    string
		depth    int
		parallel int
		wait     int               // > 0: fetches wait until this many run at once
		after    map[string]string // page -> page whose fetch it waits for (at most 100ms)
		want     []string
	}{
		{
			name:  "small site, depth 2",
			pages: map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d", "a"}, "d": {"e"}, "e": {}},
			start: "a", depth: 2, parallel: 2,
			want: []string{"a", "b", "c", "d"},
		},
		{
			name:  "depth 0 fetches only the start",
			pages: map[string][]string{"a": {"b"}, "b": {}},
			start: "a", depth: 0, parallel: 2,
			want: []string{"a"},
		},
		{
			name:  "cycle, each page once",
			pages: map[string][]string{"a": {"b", "a"}, "b": {"c", "a"}, "c": {"a", "b"}},
			start: "a", depth: 10, parallel: 3,
			want: []string{"a", "b", "c"},
		},
		{
			name:  "shortest path sets the depth",
			pages: map[string][]string{"a": {"b", "d"}, "b": {"c"}, "c": {"x"}, "d": {"x"}, "x": {"y"}, "y": {}},
			start: "a", depth: 3, parallel: 2,
			after: map[string]string{"d": "c"}, // d is slow: x is found first on the long path a-b-c-x
			want:  []string{"a", "b", "c", "d", "x", "y"},
		},
		{
			name:  "broken links are skipped",
			pages: map[string][]string{"a": {"b", "gone"}, "b": {"gone", "c"}, "c": {}},
			start: "a", depth: 3, parallel: 2,
			want: []string{"a", "b", "c"},
		},
		{
			name:  "start page fails",
			pages: map[string][]string{"b": {}},
			start: "a", depth: 2, parallel: 2,
			want: []string{},
		},
		{
			name:  "fetches run in parallel",
			pages: map[string][]string{"a": {"b", "c", "d", "e", "f"}, "b": {}, "c": {}, "d": {}, "e": {}, "f": {}},
			start: "a", depth: 1, parallel: 3, wait: 3,
			want: []string{"a", "b", "c", "d", "e", "f"},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			f := &testFetcher{pages: tc.pages, start: tc.start, wait: tc.wait, after: tc.after,
				counts: map[string]int{}, full: make(chan struct{}), done: map[string]chan struct{}{}}
			for _, first := range tc.after {
				f.done[first] = make(chan struct{})
			}
			got := Crawl(tc.start, tc.depth, tc.parallel, f)

			f.mu.Lock()
			defer f.mu.Unlock()
			var twice []string
			for url, n := range f.counts {
				if n > 1 {
					twice = append(twice, url)
				}
			}
			sort.Strings(twice)
			sorted := append([]string(nil), got...)
			sort.Strings(sorted)
			ok := len(sorted) == len(tc.want) && len(twice) == 0 && f.peak <= tc.parallel && !f.stuck
			for i := 0; ok && i < len(sorted); i++ {
				ok = sorted[i] == tc.want[i]
			}
			if !ok {
				input := fmt.Sprintf("start = %q, depth = %d, parallel = %d, pages = %v", tc.start, tc.depth, tc.parallel, tc.pages)
				if tc.after != nil {
					input += fmt.Sprintf(", slow pages (fetched after) = %v", tc.after)
				}
				t.Errorf("input: %s\ngot: %v, fetched more than once: %v, at most %d fetches at once, waited 2s for parallel fetches: %v\nwant: %v, fetched more than once: [], at most %d fetches at once, waited 2s for parallel fetches: false", input, got, twice, f.peak, f.stuck, tc.want, tc.parallel)
			}
		})
	}
}
