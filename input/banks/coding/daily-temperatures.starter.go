package main

// dailyTemperatures returns, for each day, the number of days until a strictly warmer day, or 0 if there is none.
func dailyTemperatures(temps []int) []int {
	return nil
}
