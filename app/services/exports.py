"""Exports for spreadsheets and the warehouse ERP: cases of a view, priority orders.

Rows are streamed from the database into the file (never all in memory); the file
is written next to the target and renamed, so a failure leaves nothing half-written.
Headers and the names of our codes (platform, kind, reason, status) are in the
user's language (zh by default); amounts in yuan as numbers, times in the user's
(this computer's) time zone.

Which exports hold buyers' personal data (and need EXPORT_BUYER_DATA):
- the cases export with `buyer_data`: the buyer's nickname whole and their name, phone
  and address columns (for a supervisor who hands re-shipments to a warehouse or
  answers a platform's request). Without it — what an agent exports — the nickname is
  masked as the window shows it and the name, phone and address are left out: masked
  values identify nobody, so they are not buyer data.
- the priority-shipping list holds none (orders, products, tracking numbers).
- elsewhere: the appeal bundle (`bundles`) carries no name, phone or address and goes to
  the platform that holds them, and the payments' upload file goes back to the
  platform's own back office; both stay the agent's work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.domain.filters import CaseFilter
from app.domain.masking import mask_name
from app.domain.permissions import Permission
from app.io.export_labels import label
from app.io.exporters import format_of, write_table
from app.io.targets import check_target
from app.services import access
from app.services.store import Store
from app.store import export_queries as q

LANGS = ("zh", "en")
STREAM = 2000

# (key, 中文, English)
CASE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("case_no", "售后单号", "Case no."),
    ("platform", "平台", "Platform"),
    ("shop", "店铺", "Shop"),
    ("order_no", "订单号", "Order no."),
    ("kind", "售后类型", "Kind"),
    ("exception_subtype", "异常类型", "Exception type"),
    ("reason", "原因", "Reason"),
    ("reason_text", "平台原因", "Platform reason"),
    ("status", "处理状态", "Status"),
    ("platform_status", "平台状态", "Platform status"),
    ("amount", "金额（元）", "Amount (yuan)"),
    ("quality_refund", "品质退款", "Quality refund"),
    ("second_refund", "二次退款", "Second refund"),
    ("fast_refund", "极速退款", "Fast refund"),
    ("priority", "优先级", "Priority"),
    ("assignee", "处理人", "Assignee"),
    ("buyer", "买家昵称", "Buyer"),
    ("deadline", "处理截止时间", "Deadline"),
    ("created", "申请时间", "Created"),
    ("updated", "更新时间", "Updated"),
    ("note", "备注", "Note"),
)
BUYER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("buyer_name", "收件人", "Buyer's name"),
    ("buyer_phone", "手机号", "Buyer's phone"),
    ("buyer_address", "收货地址", "Buyer's address"),
)

PRIORITY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("platform", "平台", "Platform"),
    ("shop", "店铺", "Shop"),
    ("order_no", "订单号", "Order no."),
    ("products", "商品", "Products"),
    ("quantity", "数量", "Quantity"),
    ("status", "订单状态", "Order status"),
    ("carrier", "快递公司", "Carrier"),
    ("tracking_no", "快递单号", "Tracking no."),
    ("urge_count", "催发次数", "Urged"),
    ("paid", "支付时间", "Paid at"),
)


class ExportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


Progress = Callable[[int, float], None]  # rows written, fraction done (0..1)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    format: str

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "rows": self.rows, "format": self.format}


def headers(columns: Sequence[tuple[str, str, str]], lang: str) -> list[str]:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use zh or en")
    return [zh if lang == "zh" else en for _k, zh, en in columns]


def local_time(at: datetime | None) -> datetime | None:
    """Naive UTC from the store -> naive local time of this computer, for spreadsheets."""
    if at is None:
        return None
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _yuan(fen: int | None) -> Decimal:
    return (Decimal(fen or 0) / 100).quantize(Decimal("0.01"))


def export_cases(store: Store, f: CaseFilter, out: Path, *, lang: str = "zh",
                 limit: int | None = None, progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None,
                 overwrite: bool = False, actor: str = "",
                 buyer_data: bool = False) -> ExportResult:
    """Every case matching the filter (at most `limit`), in id order, to .csv or .xlsx.

    With `buyer_data` the buyer's nickname is whole and their name, phone and address
    follow: only for an `actor` whose role may export buyer data (NotPermitted before
    anything is read or written).

    `progress(rows, fraction)` is called every few thousand rows; `cancel()` returning
    True stops the export (ExportCancelled) and leaves no file behind. An existing
    file is replaced only with `overwrite` (the user agreed), the store never.
    """
    if buyer_data:
        access.require(store, actor, Permission.EXPORT_BUYER_DATA)
    fmt = format_of(out)
    check_target(Path(out), overwrite, store.protected_paths)
    heads = headers(CASE_COLUMNS + (BUYER_COLUMNS if buyer_data else ()), lang)
    if limit is not None and limit < 0:
        raise ValueError("the limit cannot be negative")

    def rows(session: Any) -> Iterator[list[object]]:
        total = q.count_cases(session, f, limit) if progress is not None else 0
        for n, r in enumerate(q.case_rows(session, f, limit, STREAM), 1):
            (case_no, platform, shop, order_no, kind, subtype, reason, reason_text, status,
             pstatus, amount, quality, second, fast, priority, assignee, buyer, deadline,
             created, updated, note, name, phone, address) = r
            whole = [name, phone, address] if buyer_data else []
            yield [case_no, label("platform", platform, lang), shop, order_no,
                   label("kind", kind, lang), label("exception_subtype", subtype, lang),
                   label("reason", reason, lang), reason_text, label("status", status, lang),
                   pstatus, _yuan(amount), int(bool(quality)), int(bool(second)),
                   int(bool(fast)), priority, assignee,
                   buyer if buyer_data else mask_name(buyer), local_time(deadline),
                   local_time(created), local_time(updated), note, *whole]
            if n % STREAM == 0:
                if cancel is not None and cancel():
                    raise ExportCancelled()
                if progress is not None:
                    progress(n, min(n / total, 1.0) if total else 0.0)
        if cancel is not None and cancel():
            raise ExportCancelled()

    with store.unit_of_work() as uow:
        count = write_table(Path(out), heads, rows(uow.session), sheet_title="cases")
    return ExportResult(Path(out), count, fmt)


def export_priority_orders(store: Store, out: Path, *, lang: str = "zh",
                           cancel: Callable[[], bool] | None = None,
                           overwrite: bool = False) -> ExportResult:
    """Orders whose shipment is flagged for priority shipping, for the warehouse ERP.

    No buyer's personal data: the ERP already has the order; this list says which
    ones to ship first. `overwrite` as for export_cases.
    """
    fmt = format_of(out)
    check_target(Path(out), overwrite, store.protected_paths)
    heads = headers(PRIORITY_COLUMNS, lang)

    def rows(session: Any) -> Iterator[list[object]]:
        page: list[Any] = []
        for r in q.priority_orders(session, STREAM):
            page.append(r)
            if len(page) >= 500:
                if cancel is not None and cancel():
                    raise ExportCancelled()
                yield from _priority_page(session, page, lang)
                page = []
        yield from _priority_page(session, page, lang)
        if cancel is not None and cancel():
            raise ExportCancelled()

    with store.unit_of_work() as uow:
        count = write_table(Path(out), heads, rows(uow.session), sheet_title="priority")
    return ExportResult(Path(out), count, fmt)


def _priority_page(session: Any, page: list[Any], lang: str) -> Iterator[list[object]]:
    if not page:
        return
    ids = [r[0] for r in page]
    products: dict[int, list[str]] = {}
    qty: dict[int, int] = {}
    for oid, name, spec, n in q.order_items(session, ids):
        products.setdefault(oid, []).append(f"{name} {spec}".strip() if spec else name)
        qty[oid] = qty.get(oid, 0) + (n or 0)
    ships: dict[int, tuple[str | None, str | None, int]] = {}
    for oid, carrier, tno, urged in q.outbound_shipments(session, ids):
        ships.setdefault(oid, (carrier, tno, urged or 0))
    for oid, platform, shop, order_no, status, paid in page:
        carrier, tno, urged = ships.get(oid, (None, None, 0))
        yield [label("platform", platform, lang), shop, order_no,
               "；".join(products.get(oid, [])), qty.get(oid, 0), status, carrier, tno, urged,
               local_time(paid)]
