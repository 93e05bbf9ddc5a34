package main

// Fetcher loads one page and returns the links on it. The tests use a fake.
type Fetcher interface {
	Fetch(url string) (links []string, err error)
}

// Crawl fetches every page within depth link hops of start (shortest path), each once, at most parallel fetches at a time, and returns the URLs fetched without an error, sorted.
func Crawl(start string, depth, parallel int, f Fetcher) []string {
	return nil
}
