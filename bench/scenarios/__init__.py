"""Scenarios the bench's window child runs (bench/window.py): one module per part."""
