package main

import (
	"fmt"
	"strings"
	"testing"
)

// Each op is "AddWord word" or "Search pattern". want holds the results of
// the Search calls, in order.
func TestWordDictionary(t *testing.T) {
	testCases := []struct {
		name string
		ops  []string
		want []bool
	}{
		{
			name: "dots match any letter",
			ops:  []string{"AddWord map", "AddWord mop", "AddWord slice", "Search m.p", "Search s....", "Search ...", "Search m.x"},
			want: []bool{true, true, true, false},
		},
		{
			name: "length must match",
			ops:  []string{"AddWord map", "Search ma", "Search m..", "Search m...", "Search .."},
			want: []bool{false, true, false, false},
		},
		{
			name: "empty dictionary",
			ops:  []string{"Search a", "Search ."},
			want: []bool{false, false},
		},
		{
			name: "exact words without dots",
			ops:  []string{"AddWord go", "AddWord gopher", "Search go", "Search gopher", "Search goph"},
			want: []bool{true, true, false},
		},
		{
			name: "first branch fails, later branch matches",
			ops:  []string{"AddWord ab", "AddWord cd", "Search .d", "Search .b", "Search .c"},
			want: []bool{true, true, false},
		},
		{
			name: "all dots over words of different lengths",
			ops:  []string{"AddWord a", "AddWord abc", "Search .", "Search ..", "Search ...", "AddWord xy", "Search .."},
			want: []bool{true, false, true, true},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			d := NewWordDictionary()
			var got []bool
			var calls []string
			for _, op := range tc.ops {
				name, arg, _ := strings.Cut(op, " ")
				calls = append(calls, fmt.Sprintf("%s(%q)", name, arg))
				switch name {
				case "AddWord":
					d.AddWord(arg)
				case "Search":
					got = append(got, d.Search(arg))
				}
			}
			if !testEqualBools(got, tc.want) {
				input := "NewWordDictionary(), " + strings.Join(calls, ", ")
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

func testEqualBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
