"""The view counts, and their refresh after a write (to be written)."""

from __future__ import annotations

from typing import Any

from bench.context import Context

METRICS = ("counts",)


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    return {}
