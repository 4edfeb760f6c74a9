"""The case table on screen: a repaint, a jump to the end, scrolling (to be written)."""

from __future__ import annotations

from typing import Any

from bench.context import Context

METRICS = ("paint_screen", "jump_end", "scroll_frame")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    return {}
