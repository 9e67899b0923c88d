"""The session report and the debrief as printable documents."""
