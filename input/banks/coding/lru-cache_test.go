package main

import (
	"fmt"
	"strings"
	"testing"
)

// testOp is one call on the cache. For a Get, want is the expected value and
// hit whether the key should be present.
type testOp struct {
	get   bool
	key   int
	value int // Put only
	want  int // Get only
	hit   bool
}

func testPut(key, value int) testOp { return testOp{key: key, value: value} }
func testHit(key, want int) testOp  { return testOp{get: true, key: key, want: want, hit: true} }
func testMiss(key int) testOp       { return testOp{get: true, key: key} }

func TestLRUCache(t *testing.T) {
	testCases := []struct {
		name     string
		capacity int
		ops      []testOp
	}{
		{"prompt example", 2, []testOp{
			testPut(1, 10), testPut(2, 20), testHit(1, 10), testPut(3, 30), testMiss(2), testHit(3, 30), testHit(1, 10),
		}},
		{"update counts as a use", 2, []testOp{
			testPut(1, 10), testPut(2, 20), testPut(1, 11), testPut(3, 30), testMiss(2), testHit(1, 11), testHit(3, 30),
		}},
		{"get on a missing key", 2, []testOp{
			testMiss(5), testPut(5, 50), testHit(5, 50), testMiss(6),
		}},
		{"capacity one", 1, []testOp{
			testPut(1, 10), testHit(1, 10), testPut(2, 20), testMiss(1), testHit(2, 20), testPut(2, 21), testHit(2, 21),
		}},
		{"miss does not count as a use", 2, []testOp{
			testPut(1, 10), testPut(2, 20), testMiss(3), testPut(3, 30), testMiss(1), testHit(2, 20), testHit(3, 30),
		}},
		{"longer sequence", 3, []testOp{
			testPut(1, 1), testPut(2, 2), testPut(3, 3), testHit(1, 1), testPut(4, 4), testMiss(2),
			testHit(3, 3), testPut(5, 5), testMiss(1), testHit(4, 4), testHit(3, 3), testHit(5, 5),
		}},
		{"zero and negative values", 2, []testOp{
			testPut(-1, 0), testPut(0, -7), testHit(-1, 0), testHit(0, -7),
		}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			cache := NewLRUCache(tc.capacity)
			calls := []string{fmt.Sprintf("capacity = %d", tc.capacity)}
			for _, op := range tc.ops {
				if !op.get {
					cache.Put(op.key, op.value)
					calls = append(calls, fmt.Sprintf("Put(%d, %d)", op.key, op.value))
					continue
				}
				v, ok := cache.Get(op.key)
				calls = append(calls, fmt.Sprintf("Get(%d)", op.key))
				if ok != op.hit || (ok && v != op.want) {
					input := strings.Join(calls, "; ")
					t.Errorf("input: %s\ngot: %v\nwant: %v", input, testResult(v, ok), testResult(op.want, op.hit))
					return
				}
			}
		})
	}
}

// testResult writes the outcome of a Get as the prompt does: a value or "miss".
func testResult(v int, ok bool) string {
	if !ok {
		return "miss"
	}
	return fmt.Sprint(v)
}
