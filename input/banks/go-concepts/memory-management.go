// Three everyday memory habits: preallocate, do not pin large arrays with
// small slices, and order struct fields to avoid padding.
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

// squares builds its result with one allocation because the final size is
// known up front; append never has to grow and copy the backing array.
func squares(n int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

// headerRetained returns a 4-byte view of a 1 MiB buffer. The view keeps the
// whole backing array reachable, so the GC cannot free the megabyte.
func headerRetained(buf []byte) []byte {
	return buf[:4]
}

// headerCopied copies the 4 bytes into a fresh slice, so the large buffer can
// be collected as soon as the caller drops it.
func headerCopied(buf []byte) []byte {
	h := make([]byte, 4)
	copy(h, buf)
	return h
}

// padded wastes space: each bool is followed by padding so that the int64
// after it stays 8-byte aligned.
type padded struct {
	active  bool
	id      int64
	deleted bool
}

// packed holds the same fields ordered largest first.
type packed struct {
	id      int64
	active  bool
	deleted bool
}

func main() {
	sq := squares(1000)
	fmt.Printf("squares: len=%d cap=%d last=%d\n", len(sq), cap(sq), sq[len(sq)-1])

	buf := make([]byte, 1<<20)
	copy(buf, "GOPK")
	r, c := headerRetained(buf), headerCopied(buf)
	fmt.Printf("retained view: %q cap=%d\n", r, cap(r))
	fmt.Printf("copied view:   %q cap=%d\n", c, cap(c))

	// strings.Builder grows one buffer instead of allocating a new string
	// for every += in a loop.
	var sb strings.Builder
	sb.Grow(16)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println("builder:", sb.String())

	// Sizes assume a 64-bit platform such as amd64 or arm64.
	fmt.Println("sizeof padded:", unsafe.Sizeof(padded{}))
	fmt.Println("sizeof packed:", unsafe.Sizeof(packed{}))
}
