"""Measurement of the product, kept out of it: `python -m bench` (docs/bench.md).

This package may import `app` and `ui`; neither ever imports it (pyproject.toml's
import-linter contracts). It imports nothing itself: the start-up driver
(`bench.window`) is timed from the moment its process starts.
"""
