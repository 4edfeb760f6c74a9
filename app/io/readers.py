"""Reading export files row by row, whatever their encoding or format.

`open_rows(path)` yields (line number, cells) lazily: CSV through the csv module over
a decoding stream, XLSX through openpyxl's read-only (streaming) reader, legacy XLS
through python-calamine. Memory stays flat in the file size. Line numbers are the
file's own (CSV: the physical line a record starts on; spreadsheets: the row number)
so a user finds a rejected row where the report says it is.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.io.errors import ImportFileError

SNIFF_BYTES = 256 * 1024
CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
XLS_SUFFIXES = frozenset({".xls"})
_CHINESE = frozenset({"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "cp936", "big5", "big5hkscs",
                      "cp950"})

# Excel's own limit for a cell; the row parser rejects a row with a larger one.
CELL_CHARS = 32_767
# A CSV field beyond this stops the file: past it, it is no export (or a quote is open).
CSV_FIELD_CHARS = 1 << 20
csv.field_size_limit(CSV_FIELD_CHARS)

Row = tuple[int, list[object]]


@dataclass(frozen=True)
class FileInfo:
    path: Path
    format: str  # "csv" | "xlsx" | "xls"
    encoding: str | None  # CSV only
    delimiter: str | None


def detect_encoding(sample: bytes) -> str:
    """The encoding of a text export, from its first bytes.

    BOMs decide first; then strict UTF-8; then charset-normalizer, whose Chinese
    answers (GBK, GB2312 …) are widened to GB18030, the superset the platforms write.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _valid_utf8(sample):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    guess = (best.encoding if best is not None else "").lower().replace("-", "_")
    gb = _decoded(sample, "gb18030")
    # The platforms' non-UTF-8 files are GBK/GB18030 (mainland China). Short samples of
    # them are often taken for Big5 or a single-byte code page, which would show
    # mojibake: GB18030 wins whenever it reads the bytes as Chinese text.
    if gb is not None and (guess in _CHINESE or guess.startswith("gb") or not guess
                           or _looks_chinese(gb)):
        return "gb18030"
    if guess:
        return guess
    raise ImportFileError("encoding_unknown")


def _looks_chinese(text: str) -> bool:
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide:
        return False
    cjk = sum(1 for c in wide if 0x3000 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFFEF)
    return cjk / len(wide) >= 0.9


def _decoded(sample: bytes, encoding: str) -> str | None:
    try:
        return codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return None


def _valid_utf8(sample: bytes) -> bool:
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError as exc:
        # The sample may end in the middle of a character.
        return exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data"


def _format_of(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if suffix in XLSX_SUFFIXES:
        raise ImportFileError("not_xlsx", file=path.name)
    if suffix in XLS_SUFFIXES:
        raise ImportFileError("not_xls", file=path.name)
    if b"\x00" in head[:4096] and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError("not_text", file=path.name)
    return "csv"


def inspect(path: Path) -> FileInfo:
    path = Path(path)
    if not path.is_file():
        raise ImportFileError("file_missing", file=str(path))
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head:
        raise ImportFileError("file_empty", file=path.name)
    fmt = _format_of(path, head)
    if fmt != "csv":
        return FileInfo(path, fmt, None, None)
    encoding = detect_encoding(head)
    first = head.decode(encoding, errors="replace").splitlines()[:20]
    delimiter = ","
    if path.suffix.lower() == ".tsv" or sum(line.count("\t") > line.count(",")
                                             for line in first) > len(first) // 2:
        delimiter = "\t"
    return FileInfo(path, fmt, encoding, delimiter)


@dataclass
class RowSource:
    """The lazy (line, cells) iterator of a file, and how far into the file it is (0..1)."""

    rows: Iterator[Row]
    fraction: Callable[[], float]


@contextmanager
def open_rows(info: FileInfo) -> Iterator[RowSource]:
    """A context that yields the file's RowSource and closes the file after."""
    if info.format == "csv":
        size = max(info.path.stat().st_size, 1)
        with info.path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding=info.encoding or "utf-8", errors="replace",
                                    newline="")
            yield RowSource(_csv_rows(text, info.delimiter or ",", info),
                            lambda: min(raw.tell() / size, 1.0))
    elif info.format == "xlsx":
        wb = _open_xlsx(info.path)
        try:
            ws = wb.worksheets[0]
            total = max(int(getattr(ws, "max_row", 0) or 0), 1)
            counter = [0]
            yield RowSource(_xlsx_rows(ws, counter), lambda: min(counter[0] / total, 1.0))
        finally:
            wb.close()
    else:
        rows = _xls_rows(info.path)
        yield RowSource(iter(rows), lambda: 0.0)


def _csv_rows(text: io.TextIOWrapper, delimiter: str, info: FileInfo) -> Iterator[Row]:
    reader = csv.reader(text, delimiter=delimiter)
    start = last = 1
    cells: list[str] = []
    try:
        for cells in reader:
            last = start
            yield start, list(cells)
            start = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise ImportFileError("csv_cell_too_large", line=start,
                                  limit=CSV_FIELD_CHARS) from exc
        raise ImportFileError("csv_broken", line=reader.line_num, detail=str(exc)) from exc
    # The csv module reads an unclosed quote to the end of the file as one cell; only
    # a last record spanning lines can be one.
    if cells and "\n" in cells[-1] and _quote_open_at_end(info, delimiter, last):
        swallowed = cells[-1]  # from the quote to the end of the file
        opened = reader.line_num - swallowed.count("\n") + swallowed.endswith("\n")
        raise ImportFileError("csv_quote_unclosed", line=max(opened, last))


def _quote_open_at_end(info: FileInfo, delimiter: str, first_line: int) -> bool:
    """Whether the file ends inside a quoted cell, reading it again from `first_line`
    (the start of its last record) strictly, as the csv module does not say."""
    with info.path.open(encoding=info.encoding or "utf-8", errors="replace", newline="") as fh:
        for _ in range(first_line - 1):
            fh.readline()
        try:
            for _cells in csv.reader(fh, delimiter=delimiter, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
    return False


def _open_xlsx(path: Path) -> Any:  # openpyxl publishes no types
    import openpyxl

    try:
        _check_xlsx_cells(path)
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError("workbook_unreadable", file=path.name,
                              detail=f"{exc.__class__.__name__}: {exc}") from exc
    except ImportFileError:
        raise
    except Exception as exc:  # openpyxl raises its own InvalidFileException and XML errors
        raise ImportFileError("workbook_error", file=path.name, detail=str(exc)) from exc


class _CellTooLarge(Exception):
    pass


def _check_xlsx_cells(path: Path) -> None:
    """Refuse a workbook with a cell beyond Excel's own limit, before openpyxl reads it.

    openpyxl holds every shared string (and each row it parses) whole in memory: one
    cell of 1 GiB took 3.2 GB. The XML parts are streamed through expat here, which
    holds no text, so memory stays flat and a giant cell is found at its first 32 K.
    """
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            name = info.filename
            if name == "xl/sharedStrings.xml" or (
                    name.startswith("xl/worksheets/") and name.endswith(".xml")):
                try:
                    _scan_part(z, info)
                except _CellTooLarge:
                    raise ImportFileError("workbook_cell_too_large", file=path.name,
                                          limit=CELL_CHARS, part=name) from None


def _scan_part(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    from xml.parsers import expat

    parser = expat.ParserCreate()
    size = [0]

    def start(tag: str, _attrs: object) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local in ("si", "c", "is"):  # a shared string or a cell begins
            size[0] = 0

    def text(data: str) -> None:
        size[0] += len(data)
        if size[0] > CELL_CHARS:
            raise _CellTooLarge

    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    with z.open(info) as fh:
        while block := fh.read(1 << 20):
            parser.Parse(block, False)
        parser.Parse(b"", True)


def _xlsx_rows(ws: Any, counter: list[int]) -> Iterator[Row]:
    line = 0
    try:
        for values in ws.iter_rows(values_only=True):
            line += 1
            counter[0] = line
            yield line, list(values)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportFileError("workbook_damaged", line=line, detail=str(exc)) from exc


def _xls_rows(path: Path) -> list[Row]:
    # Legacy .xls is capped at 65,536 rows, so reading the sheet at once is bounded.
    try:
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_path(str(path))
        sheet = wb.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except Exception as exc:
        raise ImportFileError("workbook_error", file=path.name, detail=str(exc)) from exc
    return [(i, list(values)) for i, values in enumerate(rows, 1)]
