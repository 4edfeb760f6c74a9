"""An action to its first paint and to its ids: search, switch, sort, filter (to be written)."""

from __future__ import annotations

from typing import Any

from bench.context import Context

METRICS = ("search_ui", "switch", "sort", "filter")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    return {}
