"""The 24-hour timeline editor, its table and its undo commands."""
