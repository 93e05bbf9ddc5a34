package main

// productExceptSelf returns a slice whose i-th element is the product of all elements of nums except nums[i].
func productExceptSelf(nums []int) []int {
	return nil
}
