package main

// MedianFinder reports the median of a growing stream of ints.
type MedianFinder struct {
}

// NewMedianFinder returns an empty finder.
func NewMedianFinder() *MedianFinder {
	return &MedianFinder{}
}

// AddNum adds num to the stream.
func (m *MedianFinder) AddNum(num int) {
}

// FindMedian returns the median of all numbers added so far.
func (m *MedianFinder) FindMedian() float64 {
	return 0
}
