"""A report to a file: one table as CSV or XLSX (`export_table`), or the whole report as
a workbook (`export_report`: the figures with the definition, then a sheet per table).

Headers and our codes are words (en, or zh for `lang="zh"`); money in yuan, shares as
percent with two decimals, hours as computed. A file is never written over the store's
own files, nor over an existing one unless `overwrite` (`--overwrite`/`--force`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.domain.payments import REASON_TEXT, PaymentReason
from app.io.export_labels import label
from app.io.exporters import FORMATS, format_of, write_table
from app.io.targets import check_target
from app.io.workbooks import Sheet, write_sheets
from app.services.reports.catalog import CATALOG, HEADERS, SHEETS, VALUE_WORDS, ZH
from app.services.reports.model import Column, Kind, ReportResult

LANGS = ("en", "zh")
# Columns holding one of app.io.export_labels' codes.
LABELLED = {"platform": "platform", "kind": "kind", "reason": "reason"}


class NoSuchTable(DomainError):
    code = "unknown_table"


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    fmt: str

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "rows": self.rows, "format": self.fmt}


def _lang(lang: str) -> int:
    if lang not in LANGS:
        raise ValueError(f"no language {lang!r}; use {', '.join(LANGS)}")
    return LANGS.index(lang)


def header(key: str, lang: str) -> str:
    words = HEADERS.get(key)
    return words[_lang(lang)] if words else key


def _word(report: str, column: str, code: Any, lang: str) -> Any:
    if code is None:
        return None
    if report == "compensation" and column == "reason":
        try:
            return REASON_TEXT[PaymentReason(code)][1 - _lang(lang)]
        except ValueError:  # a newer code is still data
            return code
    if column in LABELLED:
        return label(LABELLED[column], str(code), lang)
    words = VALUE_WORDS.get(column, {}).get(str(code))
    return words[_lang(lang)] if words else code


def cell(report: str, column: str, kind: Kind, value: Any, lang: str) -> Any:
    """One value as a spreadsheet should hold it."""
    if value is None:
        return None
    if kind == "fen":
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))
    if kind == "percent":
        return round(float(value) * 100, 2)
    if kind == "flag":
        return int(bool(value))
    if kind == "text":
        return _word(report, column, value, lang)
    return value


def _rows(result: ReportResult, columns: Sequence[Column], rows: Iterable[Sequence[Any]],
          lang: str) -> list[list[Any]]:
    return [[cell(result.name, c.key, c.kind, v, lang) for c, v in zip(columns, row, strict=True)]
            for row in rows]


def _checked(path: Path, fmt: str | None, overwrite: bool,
             protected_paths: Iterable[Path]) -> tuple[Path, str]:
    """The target and its format: the file's suffix says it; a `fmt` must agree."""
    found = format_of(Path(path))
    if fmt is not None and fmt != found:
        raise ValueError(f"{Path(path).name} is not a .{fmt} file; use one of "
                         + ", ".join(f".{f}" for f in FORMATS))
    return check_target(Path(path), overwrite, protected_paths), found


def export_table(result: ReportResult, table_key: str, path: Path, fmt: str | None = None, *,
                 lang: str = "en", overwrite: bool = False,
                 protected_paths: Iterable[Path] = ()) -> Exported:
    """One of the report's tables to .csv or .xlsx (`fmt`, else the file's suffix)."""
    keys = [t.key for t in result.tables]
    if table_key not in keys:
        raise NoSuchTable(f"report {result.name} has no table {table_key!r}; it has "
                          + ", ".join(keys))
    target, fmt = _checked(path, fmt, overwrite, protected_paths)
    table = result.table(table_key)
    rows = _rows(result, table.columns, table.rows, lang)
    heads = [header(c.key, lang) for c in table.columns]
    return Exported(target, write_table(target, heads, rows, sheet_name(table_key, lang)), fmt)


def sheet_name(key: str, lang: str) -> str:
    words = SHEETS.get(key)
    return words[_lang(lang)] if words else key


def title_and_definition(name: str, lang: str) -> tuple[str, str]:
    spec = CATALOG[name]
    return ZH[name] if lang == "zh" else (spec.title, spec.definition)


def export_report(result: ReportResult, path: Path, *, lang: str = "en",
                  overwrite: bool = False, protected_paths: Iterable[Path] = ()) -> Exported:
    """The whole report as one .xlsx: its figures and definition, then every table."""
    target, fmt = _checked(path, None, overwrite, protected_paths)
    if fmt != "xlsx":
        raise NoSuchTable("a CSV file holds one table: choose it with --table ("
                          + ", ".join(t.key for t in result.tables) + ")")
    title, definition = title_and_definition(result.name, lang)
    figures = [[header(f.key, lang), cell(result.name, f.key, f.kind, f.value, lang)]
               for f in result.figures]
    filters = [[header(k, lang), _word(result.name, k, v, lang)]
               for k, v in result.filter.to_json().items()]
    first: Sheet = (sheet_name("figures", lang), [title, ""],
                    [[definition, ""], *filters, *figures])
    sheets: list[Sheet] = [first]
    for t in result.tables:
        sheets.append((sheet_name(t.key, lang), [header(c.key, lang) for c in t.columns],
                       _rows(result, t.columns, t.rows, lang)))
    return Exported(target, write_sheets(target, sheets), fmt)
