"""Normalisers for what real platform exports carry, one value at a time.

Every function takes a raw cell (text from a CSV, or a typed value from a
spreadsheet) and returns a clean value or raises RowError with a reason a user
understands. Platform times are China Standard Time (UTC+8); we return naive UTC.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.domain.errors import InvalidAmount
from app.domain.limits import MAX_AMOUNT_FEN, MAX_INT32
from app.domain.money import fen_to_yuan, parse_yuan
from app.io.errors import RowError

CHINA_OFFSET = timedelta(hours=8)
EXCEL_EPOCH = datetime(1899, 12, 30)
# Serial day numbers we accept as dates: 1954-10 .. 2119-01. Anything else is a number.
_SERIAL_MIN, _SERIAL_MAX = 20000, 80000
# Excel keeps 15 significant digits of a number; a longer id stored as a number is damaged.
EXCEL_DIGITS = 15

_SCI = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$")
_EXCEL_TEXT = re.compile(r'^="(.*)"$')
_ID_OK = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_\-./#]*$")
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}):?(\d{2})?)?$")
_PLAIN_AMOUNT = re.compile(r"^\s*(-?)(\d{1,15})(?:\.(\d{1,2}))?\s*$")
_ISO_SECONDS = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_SPACES = re.compile(r"\s+")
_TRUE = frozenset({"是", "y", "yes", "true", "1", "t", "√", "✓"})
_FALSE = frozenset({"否", "n", "no", "false", "0", "f", ""})
SUMMARY_WORDS = ("合计", "总计", "小计", "汇总", "总和", "total", "sum")


def norm(value: object) -> str:
    """Text as users mean it: full-width digits/letters/spaces folded (NFKC), trimmed.

    NFKC also folds ￥ to ¥ and （） to (); fine for the values we parse, and header
    matching folds both sides the same way.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    if text.isascii():
        return _SPACES.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", text.replace("\u200b", "").replace("\ufeff", "")).strip()


def text(value: object) -> str | None:
    """A free-text cell (product name, nickname): trimmed, full-width spaces folded."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    raw = str(value).replace("\u3000", " ").replace("\ufeff", "").strip()
    if raw.startswith(("'", "\t")):
        raw = raw.lstrip("'\t").strip()
    return raw or None


def header_key(value: object) -> str:
    """How headers are compared: NFKC, no spaces, lower case (退款金额（元） == 退款金额(元))."""
    return norm(value).replace(" ", "").lower()


def is_blank(cells: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def is_summary(cells: list[object]) -> bool:
    """A 合计/总计 line under the data: its first non-empty cell names the total."""
    for c in cells:
        if c is None or (isinstance(c, str) and not c.strip()):
            continue
        first = header_key(c)
        return any(first.startswith(w) for w in SUMMARY_WORDS)
    return False


def platform_id(value: object, what: str, column: str = "", *,
                required: bool = True) -> str | None:
    """An order or case number: tab/quote prefixes stripped, Excel damage rejected.

    `what` is our field's key (app.io.errors.FIELD_NAMES), `column` the file's header.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RowError("id_missing", field=what, column=column)
        return None
    if isinstance(value, str):
        fast = value.strip().lstrip("'")
        if fast.isdigit() and fast.isascii() and len(fast) <= 64:
            return fast  # the common case: digits, maybe after a tab or quote
    if isinstance(value, bool):
        raise RowError("id_not_id", field=what, value=repr(value), column=column)
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float) and not value.is_integer():
            raise RowError("id_decimal", field=what, value=repr(value), column=column)
        digits = str(int(value))
        if len(digits.lstrip("-")) > EXCEL_DIGITS:
            raise RowError("id_excel_number", field=what, value=digits, digits=EXCEL_DIGITS,
                           column=column)
        return digits
    raw = norm(value).strip("\t '`\"")
    m = _EXCEL_TEXT.match(raw)
    if m:
        raw = m.group(1).strip()
    if raw.startswith("="):  # ="...": Excel's keep-as-text formula without quotes
        raw = raw[1:].strip("\"' ")
    if _SCI.match(raw):
        raise RowError("id_scientific", field=what, value=raw, column=column)
    if not raw:
        if required:
            raise RowError("id_missing", field=what, column=column)
        return None
    if len(raw) > 64 or not _ID_OK.match(raw):
        raise RowError("id_invalid", field=what, value=repr(raw), column=column)
    return raw


def amount_fen(value: object, what: str) -> int:
    """Yuan to fen: ¥1,299.00, ￥, 1299, -12.50, full-width digits; empty is 0.

    `what` is the file's header of the column. Amounts beyond MAX_AMOUNT_FEN either
    way are rejected: no refund is that large, and the column could not hold some.
    """
    fen = _amount_fen(value, what)
    if abs(fen) > MAX_AMOUNT_FEN:
        raise RowError("amount_too_large", value=str(value).strip(), column=what,
                       limit=fen_to_yuan(MAX_AMOUNT_FEN))
    return fen


def _amount_fen(value: object, what: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool):
        raise RowError("amount_not_number", value=repr(value), column=what)
    if isinstance(value, float):
        if not abs(value) <= MAX_AMOUNT_FEN / 100:  # also inf and nan
            if math.isfinite(value):
                raise RowError("amount_too_large", value=repr(value), column=what,
                               limit=fen_to_yuan(MAX_AMOUNT_FEN))
            raise RowError("amount_not_number", value=repr(value), column=what)
        rounded = round(value, 2)
        if abs(value - rounded) > 1e-6:
            raise RowError("amount_decimals", value=repr(value), column=what)
        value = Decimal(repr(rounded))
    if isinstance(value, int | Decimal):
        try:
            return parse_yuan(value)
        except InvalidAmount as exc:
            code = "amount_decimals" if "more than two decimals" in str(exc) else (
                "amount_not_number")
            raise RowError(code, value=str(value), column=what) from exc
    if isinstance(value, str):
        m = _PLAIN_AMOUNT.match(value)
        if m:  # the common case: 12.50 / -5.00 / 1299
            sign, whole, cents = m.groups()
            fen = int(whole) * 100 + (int(cents.ljust(2, "0")) if cents else 0)
            return -fen if sign else fen
    raw = norm(value)
    if not raw:
        return 0
    try:
        return parse_yuan(raw)
    except InvalidAmount as exc:
        shown = str(value).strip()
        if "more than two decimals" in str(exc):
            raise RowError("amount_decimals", value=shown, column=what) from exc
        raise RowError("amount_not_number", value=shown, column=what) from exc


def china_time(value: object, what: str, *, required: bool = False) -> datetime | None:
    """A platform time (China time) as naive UTC.

    Accepts 2024-09-15 22:10:14, 2024/9/15 22:10, 2024年9月15日, 20240915 221014,
    Excel serial numbers (45550.92) and spreadsheet date cells.
    """
    local = _local_datetime(value, what)
    if local is None:
        if required:
            raise RowError("time_missing", column=what)
        return None
    return local - CHINA_OFFSET


def _local_datetime(value: object, what: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str) and _ISO_SECONDS.match(value):
        try:
            return datetime.fromisoformat(value)  # the common case, parsed in C
        except ValueError as exc:
            raise RowError("date_invalid", column=what, value=repr(value),
                           detail=str(exc)) from exc
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, bool):
        raise RowError("date_unreadable", column=what, value=repr(value))
    if isinstance(value, int | float | Decimal):
        return _serial(float(value), what)
    raw = norm(value)
    if not raw:
        return None
    m = _DATE.match(raw) or _COMPACT_DATE.match(raw)
    if m:
        y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
        try:
            return datetime(y, mo, d, h, mi, s)
        except ValueError as exc:
            raise RowError("date_invalid", column=what, value=repr(raw), detail=str(exc)) from exc
    if _SERIAL.match(raw):
        return _serial(float(raw), what)
    raise RowError("date_unreadable", column=what, value=repr(raw))


def _serial(days: float, what: str) -> datetime:
    if not _SERIAL_MIN <= days <= _SERIAL_MAX:
        raise RowError("date_unreadable", column=what, value=f"{days:g}")
    at = EXCEL_EPOCH + timedelta(days=days)
    # Serials carry float noise: round to the second.
    return (at + timedelta(microseconds=500_000)).replace(microsecond=0)


def flag(value: object, what: str) -> bool:
    if isinstance(value, bool):
        return value
    key = norm(value).lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise RowError("flag_invalid", column=what, value=repr(value))


def quantity(value: object, what: str) -> int:
    """A whole number of items, at least 1 (empty is 1), at most what the column holds."""
    n = _quantity(value, what)
    if n > MAX_INT32:
        raise RowError("quantity_too_large", value=str(value).strip(), column=what,
                       limit=MAX_INT32)
    return n


def _quantity(value: object, what: str) -> int:
    if value is None:
        return 1
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(value, int) and value > 0:
            return value  # float(10**400) would overflow
        if isinstance(value, float) and value.is_integer() and value > 0:
            return int(value)
        raise RowError("quantity_invalid", column=what, value=repr(value))
    raw = norm(value)
    if not raw:
        return 1
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    try:
        as_float = float(raw)
    except ValueError:
        as_float = 0.0
    if math.isfinite(as_float) and as_float.is_integer() and as_float > 0:
        return int(as_float)
    raise RowError("quantity_invalid", column=what, value=repr(raw))
