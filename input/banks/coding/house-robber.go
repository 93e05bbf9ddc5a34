// House robber: the largest sum of non-adjacent elements.
package main

import "fmt"

// rob returns the most money that can be taken from houses in a row, where
// nums[i] >= 0 is the amount in house i and two neighboring houses can't
// both be robbed. For each house the best total so far is either the best
// total without it (skip it) or the best total two houses back plus it.
// Only those two running values are needed, not a whole table.
func rob(nums []int) int {
	prev, cur := 0, 0 // best totals ending two houses back and one house back
	for _, v := range nums {
		take := prev + v
		if take < cur {
			take = cur // skipping this house is better
		}
		prev, cur = cur, take
	}
	return cur
}

func main() {
	examples := [][]int{
		{2, 1, 4, 9},     // 2 + 9
		{5, 3, 4, 11, 2}, // 5 + 11, not 5 + 4 + 2
		{7},
		{},
	}
	for _, nums := range examples {
		fmt.Printf("rob(%v) = %d\n", nums, rob(nums))
	}
}
