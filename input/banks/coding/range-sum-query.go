// Range sum query: answer many "sum of nums[left..right]" questions on a fixed slice.
package main

import "fmt"

// NumArray answers range-sum queries in O(1) after O(n) preprocessing.
// prefix[i] is the sum of the first i elements, so prefix[0] is 0 and any
// range is the difference of two prefixes. The extra leading zero removes
// the special case for left == 0.
type NumArray struct {
	prefix []int
}

// NewNumArray builds the prefix sums. It does not keep nums, so later
// changes to the caller's slice don't affect the answers.
func NewNumArray(nums []int) NumArray {
	prefix := make([]int, len(nums)+1)
	for i, v := range nums {
		prefix[i+1] = prefix[i] + v
	}
	return NumArray{prefix: prefix}
}

// SumRange returns nums[left] + ... + nums[right], both ends inclusive.
// It assumes 0 <= left <= right < len(nums).
func (na NumArray) SumRange(left, right int) int {
	return na.prefix[right+1] - na.prefix[left]
}

func main() {
	nums := []int{3, -1, 4, 1, -5, 9}
	na := NewNumArray(nums)
	for _, q := range [][2]int{{0, 2}, {2, 5}, {0, 5}, {4, 4}} {
		fmt.Printf("SumRange(%d, %d) on %v = %d\n", q[0], q[1], nums, na.SumRange(q[0], q[1]))
	}
}
