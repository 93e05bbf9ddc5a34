// Every Go variable starts at its type's zero value. Good Go types are
// designed so that the zero value is ready to use.
package main

import (
	"bytes"
	"fmt"
	"sync"
)

// Config shows that a struct's zero value is the zero value of each field.
type Config struct {
	Name    string
	Retries int
	Verbose bool
	Tags    []string
	Limits  map[string]int
	Next    *Config
}

// Stats needs no constructor: the zero Mutex is unlocked and the nil map is
// created lazily on first write.
type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

// Add increments key, creating the map if this is the first write.
func (s *Stats) Add(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counts == nil {
		s.counts = make(map[string]int)
	}
	s.counts[key]++
}

// List is a singly linked list. A nil *List is a valid, empty list.
type List struct {
	val  int
	next *List
}

// Len works on a nil receiver because it checks before dereferencing.
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	var c Config
	fmt.Printf("%+v\n", c)
	fmt.Println("Tags == nil:", c.Tags == nil, "| Limits == nil:", c.Limits == nil)

	// Reading a nil map and ranging over nil slices and maps are all safe.
	fmt.Println("read nil map:", c.Limits["cpu"], "| len:", len(c.Limits))
	// Appending to a nil slice allocates on demand.
	c.Tags = append(c.Tags, "prod")
	fmt.Println("after append:", c.Tags)

	// Comma-ok tells "stored zero" apart from "missing".
	m := map[string]int{"zero": 0}
	_, hasZero := m["zero"]
	_, hasMissing := m["missing"]
	fmt.Println("has zero:", hasZero, "| has missing:", hasMissing)

	// Ready-to-use zero values from the standard library and our own types.
	var buf bytes.Buffer
	buf.WriteString("no constructor needed")
	fmt.Println(buf.String())

	var st Stats
	st.Add("login")
	st.Add("login")
	fmt.Println("logins:", st.counts["login"])

	var empty *List
	fmt.Println("nil list length:", empty.Len())
	fmt.Println("3-node list length:", (&List{1, &List{2, &List{3, nil}}}).Len())
}
