package main

// minMeetingRooms returns the minimum number of rooms needed to hold all meetings.
func minMeetingRooms(intervals [][2]int) int {
	return 0
}
