"""Whole processes: start-up, time to ready, memory, a cold start (to be written)."""

from __future__ import annotations

from typing import Any

from bench.context import Context

METRICS = ("startup", "time_to_ready", "memory", "cold_start")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    return {}
