"""Training: scenarios, stations, assessment, debriefs and the classroom."""
