// Interfaces are satisfied implicitly, by method sets.
package main

import "fmt"

// Sizer is anything that can report a size in bytes.
type Sizer interface {
	Size() int
}

// File has a value-receiver method, so both File and *File satisfy Sizer.
type File struct{ bytes int }

// Size reports the file length.
func (f File) Size() int { return f.bytes }

// Buffer has a pointer-receiver method, so only *Buffer satisfies Sizer.
type Buffer struct{ data []byte }

// Size reports how many bytes were written.
func (b *Buffer) Size() int { return len(b.data) }

// Write appends p to the buffer.
func (b *Buffer) Write(p []byte) { b.data = append(b.data, p...) }

// Compile-time checks: the build fails if either type stops satisfying Sizer.
var (
	_ Sizer = File{}
	_ Sizer = (*Buffer)(nil)
	// _ Sizer = Buffer{} // would not compile: Size has a pointer receiver
)

// ParseError is a custom error type.
type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

// parseBad returns a typed nil pointer inside an error interface. The
// interface holds (type=*ParseError, value=nil), which is not a nil interface.
func parseBad() error {
	var pe *ParseError // nil pointer
	return pe
}

// parseGood returns a literal nil, so the interface itself is nil.
func parseGood() error {
	return nil
}

// describe uses a type switch to branch on the dynamic type.
func describe(s Sizer) string {
	switch v := s.(type) {
	case File:
		return fmt.Sprintf("File of %d bytes", v.bytes)
	case *Buffer:
		return fmt.Sprintf("*Buffer holding %q", v.data)
	default:
		return "unknown Sizer"
	}
}

func main() {
	buf := &Buffer{}
	buf.Write([]byte("hi"))

	for _, s := range []Sizer{File{bytes: 512}, buf} {
		fmt.Println(describe(s), "-> Size() =", s.Size())
	}

	// Comma-ok assertion: no panic when the dynamic type does not match.
	var s Sizer = File{bytes: 1}
	_, isBuffer := s.(*Buffer)
	fmt.Println("File asserted as *Buffer:", isBuffer)

	fmt.Println("parseBad() != nil:", parseBad() != nil)
	fmt.Println("parseGood() != nil:", parseGood() != nil)
}
