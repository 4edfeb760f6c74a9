"""Command-line commands that need no Qt; each prints JSON and returns an exit code."""
