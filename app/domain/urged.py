"""When urged shipments call for an alert the agent must acknowledge (Kuaishou's rule,
seed 002): a shop's urged, unshipped orders reach its threshold, and the count grew past
the one last acknowledged for that shop."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_THRESHOLD = 10
SETTING = "urged_threshold"  # the per-shop setting, and the acknowledgement's kind


@dataclass(frozen=True)
class UrgedAlert:
    shop_id: int
    platform: str
    shop: str
    count: int
    threshold: int


def threshold_of(value: object) -> int:
    """A shop's stored threshold, or the default when unset or not a positive number."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 1:
        return DEFAULT_THRESHOLD
    return int(value)


def due(counts: Mapping[int, int], thresholds: Mapping[int, int],
        acknowledged: Mapping[int, int]) -> list[int]:
    """The shops to alert: at or over their threshold, and more urged orders than the
    agent last acknowledged for that shop."""
    out = []
    for shop_id, n in sorted(counts.items()):
        limit = thresholds.get(shop_id, DEFAULT_THRESHOLD)
        if n >= limit and n > acknowledged.get(shop_id, 0):
            out.append(shop_id)
    return out
