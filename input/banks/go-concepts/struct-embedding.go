// Embedding is composition with automatic forwarding, not inheritance.
package main

import (
	"fmt"
	"strings"
)

// Logger records messages with a prefix.
type Logger struct {
	prefix string
	lines  []string
}

// Log appends one formatted line.
func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

// Service embeds *Logger, so s.Log(...) is promoted and means s.Logger.Log(...).
type Service struct {
	*Logger
	name string
}

// Animal has a method that calls another of its own methods.
type Animal struct{}

// Sound is the default sound.
func (Animal) Sound() string { return "..." }

// Speak calls Sound on the Animal receiver. There is no virtual dispatch:
// it always calls Animal.Sound, even when Animal is embedded in Dog.
func (a Animal) Speak() string { return "says " + a.Sound() }

// Dog embeds Animal and defines its own Sound, which shadows Animal.Sound.
type Dog struct {
	Animal
}

// Sound is found first because it is at a shallower depth than Animal.Sound.
func (Dog) Sound() string { return "woof" }

// Speaker is satisfied by any type whose method set has Speak, including
// types that get it through embedding.
type Speaker interface {
	Speak() string
}

func main() {
	svc := Service{Logger: &Logger{prefix: "[billing] "}, name: "billing"}
	// Log is promoted from the embedded *Logger; the explicit path works too.
	svc.Log("started")
	svc.Logger.Log("stopped")
	// lines is a promoted field.
	fmt.Println(svc.name+":", strings.Join(svc.lines, "; "))

	d := Dog{}
	fmt.Println("d.Sound():", d.Sound())
	fmt.Println("d.Animal.Sound():", d.Animal.Sound())
	// Speak is promoted from Animal and still calls Animal.Sound.
	fmt.Println("d.Speak():", d.Speak())

	// Dog satisfies Speaker through the embedded Animal.
	var s Speaker = d
	fmt.Printf("%T is a Speaker: %s\n", s, s.Speak())
}
