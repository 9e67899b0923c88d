"""Workshop and classroom windows: instructor panel, debrief replay, presentation mode."""
