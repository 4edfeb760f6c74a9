"""What the import dialog shows before anything is written: the file's header, the
profile chosen and its first rows as parsed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.clock import iso_utc
from app.domain.money import fen_to_yuan
from app.io.errors import Param
from app.io.parse import AftersalesRow, ExportReader, OrderRow, Rejected, Skipped, cell_text
from app.io.profiles import AFTERSALES
from app.services.import_profiles import all_profiles, pick_profile
from app.services.store import Store

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class Preview:
    """What the import dialog shows before anything is written."""

    file_name: str
    format: str
    encoding: str | None
    header_line: int
    headers: list[str]
    title_lines: list[str]
    profile: str | None  # None: no profile fits (offer the mapping dialog)
    platform: str | None
    list_kind: str | None
    columns: list[str] = field(default_factory=list)  # field keys of `rows`
    rows: list[list[str]] = field(default_factory=list)  # first rows as parsed
    rejected: list[tuple[int, str]] = field(default_factory=list)  # line, reason in English
    # line, code, params of each rejected row: the window says the reason in its language
    rejected_codes: list[tuple[int, str, dict[str, Param]]] = field(default_factory=list)
    raw_rows: list[list[str]] = field(default_factory=list)  # first data rows as in the file
    needs_shop: bool = False  # the file names no shop: the user must name one

    @property
    def known(self) -> bool:
        return self.profile is not None

# -- preview ----------------------------------------------------------------------------

_PREVIEW_COLUMNS = {
    AFTERSALES: ("shop", "case_no", "order_no", "kind", "reason", "platform_status",
                 "amount", "applied_at", "deadline_at", "fast_refund", "product_name"),
    "orders": ("shop", "order_no", "sub_order_no", "product_name", "sku_spec", "quantity",
               "total", "paid_at", "carrier", "tracking_no"),
}


def _display(row: AftersalesRow | OrderRow, key: str) -> str:
    if key == "amount":
        return fen_to_yuan(getattr(row, "amount_fen", 0))
    if key == "total":
        return fen_to_yuan(getattr(row, "total_fen", 0))
    value = getattr(row, key, None)
    if isinstance(value, datetime):
        return iso_utc(value) or ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


def preview_file(store: Store, path: Path, *, platform: str | None = None,
                 profile: str | None = None, shop: str | None = None,
                 rows: int = PREVIEW_ROWS) -> Preview:
    """Read the head of a file: its header, the profile chosen and the first rows parsed.

    A file no profile fits is not an error here: the preview says so (profile None)
    and carries the headers and raw rows for the mapping dialog.
    """
    with store.unit_of_work() as uow:
        profiles = all_profiles(uow)
    forced = pick_profile(profiles, profile)
    with ExportReader(Path(path), profiles, platform=platform, profile=forced,
                      default_shop=shop, allow_unknown=True) as reader:
        base: dict[str, Any] = dict(file_name=Path(path).name, format=reader.info.format,
                    encoding=reader.info.encoding, header_line=reader.header_line,
                    headers=reader.headers, title_lines=reader.title_lines)
        if reader.plan is None:
            return Preview(**base, profile=None, platform=platform, list_kind=None,
                           raw_rows=reader.raw_rows(rows))
        p = reader.plan.profile
        cols = list(_PREVIEW_COLUMNS[p.list_kind])
        out: list[list[str]] = []
        rejected: list[tuple[int, str]] = []
        codes: list[tuple[int, str, dict[str, Param]]] = []
        raw: list[list[str]] = []
        for item in reader.items():
            if isinstance(item, Skipped):
                continue
            if isinstance(item, Rejected):
                rejected.append((item.line, item.reason))
                codes.append((item.line, item.code, item.params))
                raw.append([cell_text(c) for c in item.cells])
            else:
                out.append([_display(item, k) for k in cols])
            if len(out) + len(rejected) >= rows:
                break
        return Preview(**base, profile=p.name, platform=p.platform, list_kind=p.list_kind,
                       columns=cols, rows=out, rejected=rejected, rejected_codes=codes,
                       raw_rows=raw,
                       needs_shop="shop" not in reader.plan.index and not shop)
