"""A workbook of several sheets (a report: its figures, then one sheet per table),
written as `app.io.exporters.write_table` writes one: formula-like text neutralised,
next to the target and renamed into place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.io.exporters import atomic_target, neutralise

Sheet = tuple[str, Sequence[str], Sequence[Sequence[Any]]]  # title, headers, rows


def _cell(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | Decimal | datetime | date):
        return value
    return neutralise(str(value))


def write_sheets(out: Path, sheets: Sequence[Sheet]) -> int:
    """Every sheet to the .xlsx `out`; the number of rows written under the headers."""
    from openpyxl import Workbook

    n = 0
    with atomic_target(out) as tmp:
        wb = Workbook()
        wb.remove(wb.active)
        for title, headers, rows in sheets:
            ws = wb.create_sheet(title[:31])
            ws.append([_cell(h) for h in headers])
            for row in rows:
                ws.append([_cell(v) for v in row])
                n += 1
        wb.save(tmp)
    return n
