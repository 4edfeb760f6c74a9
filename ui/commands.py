"""Commands that need Qt (the window, screenshots, benchmark); registered by main.py."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Qt commands are added by the console issue (screenshot, bench)."""
