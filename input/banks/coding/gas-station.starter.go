package main

// canCompleteCircuit returns the station index from which the whole circle can be driven, or -1.
func canCompleteCircuit(gas, cost []int) int {
	return 0
}
