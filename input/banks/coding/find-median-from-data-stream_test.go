package main

import (
	"strconv"
	"strings"
	"testing"
)

// Each op is "AddNum n" or "FindMedian". want holds the results of the
// FindMedian calls, in order.
func TestMedianFinder(t *testing.T) {
	testCases := []struct {
		name string
		ops  []string
		want []float64
	}{
		{
			name: "prompt example",
			ops:  []string{"AddNum 5", "FindMedian", "AddNum 15", "FindMedian", "AddNum 1", "FindMedian", "AddNum 3", "FindMedian"},
			want: []float64{5, 10, 5, 4},
		},
		{
			name: "single value",
			ops:  []string{"AddNum 7", "FindMedian"},
			want: []float64{7},
		},
		{
			name: "half values",
			ops:  []string{"AddNum 1", "AddNum 2", "FindMedian", "AddNum 4", "AddNum 3", "FindMedian"},
			want: []float64{1.5, 2.5},
		},
		{
			name: "descending input",
			ops:  []string{"AddNum 9", "AddNum 7", "AddNum 5", "FindMedian", "AddNum 3", "FindMedian", "AddNum 1", "FindMedian"},
			want: []float64{7, 6, 5},
		},
		{
			name: "negatives and duplicates",
			ops:  []string{"AddNum -4", "AddNum -4", "FindMedian", "AddNum -1", "FindMedian", "AddNum -10", "FindMedian", "AddNum 0", "FindMedian"},
			want: []float64{-4, -4, -4, -4},
		},
		{
			name: "median moves between the halves",
			ops:  []string{"AddNum 10", "AddNum 20", "AddNum 30", "FindMedian", "AddNum 0", "FindMedian", "AddNum 25", "FindMedian", "AddNum 26", "FindMedian"},
			want: []float64{20, 15, 20, 22.5},
		},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			m := NewMedianFinder()
			var got []float64
			var calls []string
			for _, op := range tc.ops {
				name, arg, _ := strings.Cut(op, " ")
				calls = append(calls, name+"("+arg+")")
				switch name {
				case "AddNum":
					n, _ := strconv.Atoi(arg)
					m.AddNum(n)
				case "FindMedian":
					got = append(got, m.FindMedian())
				}
			}
			if !testEqualFloats(got, tc.want) {
				input := "NewMedianFinder(), " + strings.Join(calls, ", ")
				t.Errorf("input: %s\ngot: %v\nwant: %v", input, got, tc.want)
			}
		})
	}
}

// Medians of ints are whole or end in .5, which float64 holds exactly, so
// == is safe here.
func testEqualFloats(a, b []float64) bool {
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
