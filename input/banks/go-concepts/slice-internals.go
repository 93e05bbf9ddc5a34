// A slice is a small header (pointer, length, capacity) that describes part
// of a backing array. Copying the header copies the view, not the data, so
// two slices can share an array and append can write into it.
package main

import (
	"fmt"
	"unsafe"
)

// addTag appends to its copy of the header. The caller's slice keeps its old
// length, but when there was spare capacity the caller's array changed.
func addTag(tags []string, tag string) {
	tags = append(tags, tag)
	_ = tags
}

func main() {
	var s []int
	fmt.Println("header words:", unsafe.Sizeof(s)/unsafe.Sizeof(uintptr(0)))

	base := make([]int, 3, 4)
	a := append(base, 1) // fits in base's capacity: writes base's array
	b := append(base, 2) // writes the same slot, so a changes too
	fmt.Println("a:", a, "b:", b, "share array:", &a[0] == &b[0])

	c := append(a, 5) // len 4 == cap 4: append copies into a new array
	c[0] = 99
	fmt.Println("a:", a, "c:", c, "share array:", &a[0] == &c[0])

	tags := make([]string, 1, 2)
	tags[0] = "go"
	addTag(tags, "fast")
	fmt.Println("caller sees:", tags, "len", len(tags))
	fmt.Println("but the array holds:", tags[:cap(tags)])

	// The idiom: always use append's result, and return it from helpers.
	var grown []int
	reallocations := 0
	for i := 0; i < 1000; i++ {
		before := cap(grown)
		grown = append(grown, i)
		if cap(grown) != before {
			reallocations++
		}
	}
	fmt.Println("1000 appends, reallocations < 20:", reallocations < 20)
}
