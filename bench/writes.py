"""Work that writes or reads everything: UI stalls, write waits, imports, exports
(to be written)."""

from __future__ import annotations

from typing import Any

from bench.context import Context

METRICS = ("ui_stall", "write_wait", "import_at_N", "export")


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    return {}
