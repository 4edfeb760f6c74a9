"""How a report's value is shown, by its kind (`app.services.reports.model.Kind`):
fen as ¥ with two decimals, a 0..1 share as a percent with one decimal, hours with
one decimal, counts with thousands separators, a flag as a word. The table, the
figures, the charts' labels and the PDF all show values through here."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui import report_texts

BAND_COLOURS = {"good": "#1e7d32", "watch": "#b26a00", "alarm": "#c62828"}


def yuan(fen: int) -> str:
    from app.domain.money import yuan_text  # pure domain code: no store is loaded

    return yuan_text(int(fen))


def percent(share: float) -> str:
    return f"{share * 100:.1f} %"


def shown(kind: str, raw: object, column: str = "", report: str = "") -> str:
    """The value as the user reads it; an empty cell for a missing one."""
    if raw is None or raw == "":
        return "" if kind != "int" else "0"
    try:
        if kind == "fen":
            return yuan(int(raw))  # type: ignore[call-overload]
        if kind == "percent":
            return percent(float(raw))  # type: ignore[arg-type]
        if kind == "hours":
            return report_texts.tr(report_texts.HOURS).replace("%1", f"{float(raw):.1f}")  # type: ignore[arg-type]
        if kind == "int":
            return f"{int(raw):,}"  # type: ignore[call-overload]
        if kind == "flag":
            return report_texts.tr(report_texts.YES) if raw else ""
    except (TypeError, ValueError):
        return str(raw)
    return report_texts.value(column, raw, report)


def sort_key(kind: str, raw: object) -> object:
    """What a column sorts by: the number itself, not its text."""
    if kind in ("int", "fen", "percent", "hours"):
        try:
            return float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return float("-inf")
    if kind == "flag":
        return 1 if raw else 0
    return "" if raw is None else str(raw)


def numeric(kind: str) -> bool:
    return kind in ("int", "fen", "percent", "hours")


def band_colour(raw: object) -> QColor | None:
    code = report_texts.band_code(raw)
    return QColor(BAND_COLOURS[code]) if code else None


def band_of(share: object) -> str | None:
    """The band a refund rate falls in (catalog.REFUND_BANDS): good, watch or alarm."""
    from app.services.reports.catalog import REFUND_BANDS  # plain data: loads no store

    try:
        rate = float(share)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    low, high = REFUND_BANDS
    return "good" if rate < low else "watch" if rate <= high else "alarm"


def chart_value(unit: str, raw: float) -> float:
    """A chart's value in the unit its axis shows: yuan for fen, percent for a share."""
    if unit == "fen":
        return raw / 100.0
    if unit == "percent":
        return raw * 100.0
    return float(raw)


def axis_format(unit: str) -> str:
    """A printf label format for the value axis: ASCII only (QtCharts formats it with
    a Latin-1 printf, so "¥" or "小时" would come out garbled; `axis_title` says the unit)."""
    return {"fen": "%.0f", "percent": "%.1f %%", "hours": "%.1f"}.get(unit, "%d")


def axis_title(unit: str) -> str:
    if unit == "fen":
        return report_texts.tr(report_texts.YUAN_AXIS)
    if unit == "hours":
        return report_texts.tr(report_texts.HOURS_AXIS)
    return ""
