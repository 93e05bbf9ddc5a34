// Concurrent web crawler: fetch every page within a number of link hops from
// a start URL, each page once, with a bounded number of fetches in flight.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Fetcher loads one page and returns the links on it. The tests use a fake.
type Fetcher interface {
	Fetch(url string) (links []string, err error)
}

// Crawl fetches start and every page whose shortest link path from start has
// at most depth hops, each page once, with at most parallel fetches running
// at a time. It returns the URLs that were fetched without an error, sorted;
// the links of a page that failed are not followed.
//
// The crawl goes level by level (breadth first). That is what makes the
// result independent of scheduling: a page is always reached first by its
// shortest path, so it gets the smallest depth it can have.
func Crawl(start string, depth, parallel int, f Fetcher) []string {
	if parallel < 1 {
		parallel = 1
	}
	var (
		mu      sync.Mutex // guards visited, fetched and next
		visited = map[string]bool{start: true}
		fetched []string
	)
	sem := make(chan struct{}, parallel) // a slot per fetch in flight
	level := []string{start}
	for d := 0; d <= depth && len(level) > 0; d++ {
		var next []string
		var wg sync.WaitGroup
		for _, url := range level {
			sem <- struct{}{} // take a slot before starting, so at most parallel goroutines exist
			wg.Add(1)         // on Go 1.25+, wg.Go does Add and Done
			go func(url string, last bool) {
				defer wg.Done()
				defer func() { <-sem }()
				links, err := f.Fetch(url) // the slow part runs without the lock
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					return
				}
				fetched = append(fetched, url)
				if last {
					return // links from the last level would be past the limit
				}
				for _, link := range links {
					// Check and mark under one lock: two goroutines that find
					// the same link cannot both queue it.
					if !visited[link] {
						visited[link] = true
						next = append(next, link)
					}
				}
			}(url, d == depth)
		}
		wg.Wait() // the whole level is done before the next one starts
		level = next
	}
	sort.Strings(fetched)
	return fetched
}

// fakeWeb is a Fetcher backed by a map; a missing URL is an error.
type fakeWeb map[string][]string

func (w fakeWeb) Fetch(url string) ([]string, error) {
	links, ok := w[url]
	if !ok {
		return nil, errors.New("not found: " + url)
	}
	return links, nil
}

func main() {
	web := fakeWeb{
		"/":                 {"/blog", "/about", "/missing"},
		"/blog":             {"/blog/go", "/blog/rust", "/"},
		"/about":            {"/", "/team"},
		"/blog/go":          {"/blog", "/blog/go/channels"},
		"/team":             {"/about"},
		"/blog/rust":        {},
		"/blog/go/channels": {"/blog/go"},
	}
	for d := 0; d <= 3; d++ {
		fmt.Printf("depth %d: %v\n", d, Crawl("/", d, 3, web))
	}
	fmt.Println("start page missing:", Crawl("/nowhere", 2, 3, web))
}
