"""The delivery history plot and its window."""
