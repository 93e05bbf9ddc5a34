package main

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

var testErrLoad = errors.New("load failed")

// testResult is what one Do call returned.
type testResult struct {
	v      string
	err    error
	shared bool
	panic  interface{}
}

func (r testResult) String() string {
	if r.panic != nil {
		return fmt.Sprintf("panic(%v)", r.panic)
	}
	return fmt.Sprintf("(%q, %v, %v)", r.v, r.err, r.shared)
}

// testDo calls g.Do in a goroutine and delivers its result, a panic
// included, on the returned channel.
func testDo(g *Group[string], key string, fn func() (string, error)) <-chan testResult {
	out := make(chan testResult, 1)
	go func() {
		var r testResult
		defer func() {
			r.panic = recover()
			out <- r
		}()
		r.v, r.err, r.shared = g.Do(key, fn)
	}()
	return out
}

// testGet waits up to 2s for a result.
func testGet(ch <-chan testResult) (testResult, bool) {
	select {
	case r := <-ch:
		return r, true
	case <-time.After(2 * time.Second):
		return testResult{}, false
	}
}

// testLeader starts a call whose fn blocks until release is closed. It
// returns once fn is running, or reports why not. inFlight is true until
// fn returns or panics.
type testLeader struct {
	result   <-chan testResult
	release  chan struct{}
	inFlight int32
}

func testStartLeader(g *Group[string], key string, fn func() (string, error)) (*testLeader, string) {
	l := &testLeader{release: make(chan struct{}), inFlight: 1}
	started := make(chan struct{})
	l.result = testDo(g, key, func() (string, error) {
		close(started)
		<-l.release
		defer atomic.StoreInt32(&l.inFlight, 0)
		return fn()
	})
	select {
	case <-started:
		return l, ""
	case r := <-l.result:
		return nil, fmt.Sprintf("Do returned %v without calling fn", r)
	case <-time.After(2 * time.Second):
		return nil, "fn not called within 2s"
	}
}

// TestDoShares starts one call, lets more callers arrive while it is blocked,
// then releases it. A follower whose own fn runs while the first call is
// still in flight is a bug; one that arrives after it finished may run its
// own fn (that is correct), so both outcomes are accepted for followers.
func TestDoShares(t *testing.T) {
	testCases := []struct {
		name      string
		followers int
		val       string
		err       error
	}{
		{name: "one follower", followers: 1, val: "v1"},
		{name: "ten followers", followers: 10, val: "v1"},
		{name: "the error is shared too", followers: 3, val: "", err: testErrLoad},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("Do(\"k\", fn) blocked, %d more Do(\"k\", ...) calls, then fn returns (%q, %v)", tc.followers, tc.val, tc.err)
			want := fmt.Sprintf("first call (%q, %v, true if anyone joined); followers (%q, %v, true) or, if they came after it finished, their own result; no follower fn while the first call runs", tc.val, tc.err, tc.val, tc.err)
			var g Group[string]
			var leaderCalls, early int32
			leader, problem := testStartLeader(&g, "k", func() (string, error) {
				atomic.AddInt32(&leaderCalls, 1)
				return tc.val, tc.err
			})
			if problem != "" {
				t.Errorf("input: %s\ngot: %s\nwant: %s", input, problem, want)
				return
			}
			followers := make([]<-chan testResult, tc.followers)
			for i := range followers {
				followers[i] = testDo(&g, "k", func() (string, error) {
					if atomic.LoadInt32(&leader.inFlight) == 1 {
						atomic.AddInt32(&early, 1)
					}
					return "own", nil
				})
			}
			time.Sleep(20 * time.Millisecond) // lets the followers arrive; not needed for a correct solution to pass
			close(leader.release)

			got := []string{}
			ok := true
			anyShared := false
			lr, back := testGet(leader.result)
			got = append(got, "first "+lr.String())
			ok = ok && back && lr.panic == nil && lr.v == tc.val && lr.err == tc.err
			for _, ch := range followers {
				r, back := testGet(ch)
				got = append(got, r.String())
				joined := r.v == tc.val && r.err == tc.err && r.shared
				own := r.v == "own" && r.err == nil && !r.shared
				ok = ok && back && r.panic == nil && (joined || own)
				anyShared = anyShared || joined
			}
			ok = ok && lr.shared == anyShared && atomic.LoadInt32(&leaderCalls) == 1 && atomic.LoadInt32(&early) == 0
			if !ok {
				t.Errorf("input: %s\ngot: %v, follower fn called while the first call ran: %d times\nwant: %s", input, got, atomic.LoadInt32(&early), want)
			}
		})
	}
}

// TestDoRunsAgain: nothing is cached, and different keys do not wait for
// each other.
func TestDoRunsAgain(t *testing.T) {
	testCases := []struct {
		name string
		keys []string // called one after another
		want string
	}{
		{name: "finished call is not reused", keys: []string{"k", "k", "k"}, want: `[("k1", <nil>, false) ("k2", <nil>, false) ("k3", <nil>, false)]`},
		{name: "different keys", keys: []string{"a", "b", "a"}, want: `[("a1", <nil>, false) ("b2", <nil>, false) ("a3", <nil>, false)]`},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var g Group[string]
			var got []testResult
			for i, key := range tc.keys {
				key, n := key, i+1
				r, back := testGet(testDo(&g, key, func() (string, error) { return fmt.Sprintf("%s%d", key, n), nil }))
				if !back {
					t.Errorf("input: keys %v, one after another\ngot: call %d still blocked after 2s\nwant: %s", tc.keys, n, tc.want)
					return
				}
				got = append(got, r)
			}
			if fmt.Sprint(got) != tc.want {
				t.Errorf("input: keys %v, one after another\ngot: %v\nwant: %s", tc.keys, got, tc.want)
			}
		})
	}
}

// TestKeysIndependent: fn for "a" waits until fn for "b" has started and the
// other way round, so a Group that runs fn while holding a lock deadlocks.
func TestKeysIndependent(t *testing.T) {
	testCases := []struct {
		name string
		want string
	}{
		{name: "two keys in flight at once", want: `("a", <nil>, false) ("b", <nil>, false)`},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			var g Group[string]
			aStarted, bStarted := make(chan struct{}), make(chan struct{})
			wait := func(name string, mine, other chan struct{}) func() (string, error) {
				return func() (string, error) {
					close(mine)
					select {
					case <-other:
						return name, nil
					case <-time.After(2 * time.Second):
						return name, errors.New("the other key's fn never started")
					}
				}
			}
			ra, rb := testDo(&g, "a", wait("a", aStarted, bStarted)), testDo(&g, "b", wait("b", bStarted, aStarted))
			a, okA := testGet(ra)
			b, okB := testGet(rb)
			got := fmt.Sprintf("%v %v", a, b)
			if !okA || !okB || got != tc.want {
				t.Errorf("input: Do(\"a\", fnA) and Do(\"b\", fnB) at once; each fn waits until the other has started\ngot: %s (returned: %v %v)\nwant: %s", got, okA, okB, tc.want)
			}
		})
	}
}

// TestForget: after Forget, a new call runs even though the old one is in
// flight, and the old call finishing must not remove the new one.
func TestForget(t *testing.T) {
	testCases := []struct {
		name string
		want string
	}{
		{name: "forget starts a new call", want: `old ("old", <nil>, false), new ("new", <nil>, false)`},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := `Do("k", old) blocked, Forget("k"), Do("k", new) blocked, old finishes, Do("k", third) while new runs, new finishes`
			var g Group[string]
			old, problem := testStartLeader(&g, "k", func() (string, error) { return "old", nil })
			if problem != "" {
				t.Errorf("input: %s\ngot: %s\nwant: %s", input, problem, tc.want)
				return
			}
			g.Forget("k")
			next, problem := testStartLeader(&g, "k", func() (string, error) { return "new", nil })
			if problem != "" {
				close(old.release)
				t.Errorf("input: %s\ngot: after Forget, %s\nwant: %s", input, problem, tc.want)
				return
			}
			close(old.release)
			ro, _ := testGet(old.result)
			var early int32
			third := testDo(&g, "k", func() (string, error) {
				if atomic.LoadInt32(&next.inFlight) == 1 {
					atomic.AddInt32(&early, 1)
				}
				return "third", nil
			})
			time.Sleep(20 * time.Millisecond) // lets the third call arrive; not needed for a correct solution to pass
			close(next.release)
			rn, _ := testGet(next.result)
			rt, _ := testGet(third)
			rn.shared = false // true or false, depending on whether the third call joined in time
			got := fmt.Sprintf("old %v, new %v", ro, rn)
			if got != tc.want || atomic.LoadInt32(&early) > 0 {
				t.Errorf("input: %s\ngot: %s, third %v, third fn called while new ran: %d times\nwant: %s, third joins new", input, got, rt, atomic.LoadInt32(&early), tc.want)
			}
		})
	}
}

// TestPanic: fn panics. The panic must reach the caller that ran fn, the
// waiting callers must get ErrPanicked instead of hanging, and the key must
// be usable again.
func TestPanic(t *testing.T) {
	testCases := []struct {
		name      string
		followers int
	}{
		{name: "panic with three callers waiting", followers: 3},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			input := fmt.Sprintf("Do(\"k\", fn) blocked, %d more Do(\"k\", ...) calls, fn panics \"boom\", then Do(\"k\", after)", tc.followers)
			want := `first panic(boom), followers ("", ErrPanicked, true) or their own result, after ("after", <nil>, false)`
			var g Group[string]
			leader, problem := testStartLeader(&g, "k", func() (string, error) { panic("boom") })
			if problem != "" {
				t.Errorf("input: %s\ngot: %s\nwant: %s", input, problem, want)
				return
			}
			followers := make([]<-chan testResult, tc.followers)
			for i := range followers {
				followers[i] = testDo(&g, "k", func() (string, error) { return "own", nil })
			}
			time.Sleep(20 * time.Millisecond) // lets the followers arrive; not needed for a correct solution to pass
			close(leader.release)

			var got []string
			lr, back := testGet(leader.result)
			got = append(got, "first "+lr.String())
			ok := back && fmt.Sprint(lr.panic) == "boom"
			for _, ch := range followers {
				r, back := testGet(ch)
				got = append(got, r.String())
				waited := r.v == "" && errors.Is(r.err, ErrPanicked) && r.shared
				own := r.v == "own" && r.err == nil && !r.shared
				ok = ok && back && r.panic == nil && (waited || own)
			}
			ra, back := testGet(testDo(&g, "k", func() (string, error) { return "after", nil }))
			got = append(got, "after "+ra.String())
			ok = ok && back && ra.v == "after" && ra.err == nil && !ra.shared
			if !ok {
				t.Errorf("input: %s\ngot: %v\nwant: %s", input, got, want)
			}
		})
	}
}
