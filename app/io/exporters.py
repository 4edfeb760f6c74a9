"""Writing spreadsheets people open in Excel: CSV (UTF-8 with BOM) and XLSX.

Every text cell that a spreadsheet would read as a formula (starting with = + - @,
tab or carriage return) is neutralised with a leading apostrophe (OWASP CSV
injection). Files are written next to the target and renamed into place, so a
failure never leaves a half-written file under the requested name.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from app.domain.masking import mask_address, mask_name, mask_phone
from app.io.errors import ExportPathError, FolderMissing
from app.io.profiles import guess_personal_columns

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("csv", "xlsx")


def neutralise(value: str) -> str:
    """'=cmd|...' -> "'=cmd|..."; other text unchanged."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        return str(value)  # a number, not text: -12.50 stays a number
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def _xlsx_cell(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | datetime | date):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return neutralise(str(value))


def format_of(path: Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ExportPathError("export_format", file=Path(path).name)
    return suffix


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path next to `out`, renamed over it only if the block succeeds."""
    out = Path(out)
    if not out.parent.is_dir():
        raise FolderMissing("folder_missing", folder=str(out.parent))
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


class SheetWriter(Protocol):
    def write(self, row: Sequence[object]) -> None: ...


def write_table(out: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                sheet_title: str = "Sheet1") -> int:
    """Write a header and rows to out (.csv or .xlsx) atomically; return the row count."""
    fmt = format_of(out)
    n = 0
    with atomic_target(out) as tmp:
        if fmt == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                w = csv.writer(fh, lineterminator="\r\n")
                w.writerow([_csv_cell(h) for h in headers])
                for row in rows:
                    w.writerow([_csv_cell(v) for v in row])
                    n += 1
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet(sheet_title[:31])
            try:
                ws.append([_xlsx_cell(h) for h in headers])
                for row in rows:
                    ws.append([_xlsx_cell(v) for v in row])
                    n += 1
            except BaseException:
                _discard_sheet(ws)
                raise
            wb.save(tmp)
    return n


def _discard_sheet(ws: Any) -> None:
    """Finish a write-only sheet that failed half-way and remove its temporary file."""
    with contextlib.suppress(Exception):  # already broken: nothing more to write
        ws.close()
    out = getattr(getattr(ws, "_writer", None), "out", None)
    if isinstance(out, str):
        with contextlib.suppress(OSError, ValueError):
            os.remove(out)
        with contextlib.suppress(ValueError):
            from openpyxl.worksheet._writer import ALL_TEMP_FILES

            ALL_TEMP_FILES.remove(out)


REPORT_CELL_LIMIT = 1000


def _mask(how: str, value: str) -> str:
    if how == "phone":
        return mask_phone(value)
    if how == "name":
        return mask_name(value)
    if how == "address":
        return mask_address(value)
    return "****" if value.strip() else value  # a street and door, without the region


def _report_cell(value: str) -> str:
    if len(value) <= REPORT_CELL_LIMIT:
        return value
    return f"{value[:REPORT_CELL_LIMIT]}… ({len(value)} characters)"


class ReportWriter:
    """The rejected rows of an import: reason, line, then the original cells.

    Opened lazily on the first rejection, written to a temporary file and put in
    place by `finish()`; `discard()` removes it (the import was rolled back).

    `personal` maps the index of a column holding the buyer's name, phone or address
    to how it is masked (app.io.profiles.personal_columns of the reader's plan); by
    default the columns any built-in profile reads as such. Long cells are cut.
    """

    def __init__(self, out: Path, headers: Sequence[str],
                 personal: Mapping[int, str] | None = None) -> None:
        self.out = Path(out)
        self.headers = list(headers)
        self.personal = dict(guess_personal_columns(self.headers) if personal is None
                             else personal)
        self.count = 0
        self._tmp = self.out.with_name(f".{self.out.name}.{os.getpid()}.part")
        self._fh: Any = None
        self._w: Any = None
        self._sealed = False

    def add(self, line: int, reason: str, cells: Sequence[str]) -> None:
        if self._fh is None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self._tmp.open("w", encoding="utf-8-sig", newline="")
            self._w = csv.writer(self._fh, lineterminator="\r\n")
            self._w.writerow(["行号 line", "原因 reason", *self.headers])
        shown = [_report_cell(_mask(self.personal[i], c) if i in self.personal and c else c)
                 for i, c in enumerate(cells)]
        self._w.writerow([str(line), neutralise(reason), *(_csv_cell(c) for c in shown)])
        self.count += 1

    def seal(self) -> None:
        """Put the report on disk whole, still under its temporary name: done before the
        batch commits, so that a kill after the commit leaves a complete file for the
        next import to put in place."""
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
            self._sealed = True

    def finish(self) -> Path | None:
        self.seal()
        if not self._sealed:
            return None
        os.replace(self._tmp, self.out)
        return self.out

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self._tmp.unlink(missing_ok=True)
