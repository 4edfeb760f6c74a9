"""Importing platform exports: choosing a profile, previewing, and the idempotent upsert.

One file is one batch and one transaction: a crash, a kill or a cancel in the
middle leaves nothing of the batch, and running the import again completes it.
Rows are keyed by (shop, platform case no.) and (shop, platform order no.); the
same file twice changes nothing. A newer export updates what the platform owns
(its status, the refund amount, the fast-refund flag, the reason text, a return
tracking number) and records each change in the case history; what agents did
locally (our status, assignee, priority, note, deadline) is never overwritten.

The file is streamed in chunks, so memory stays flat whatever its size.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from app.domain import history as chain
from app.domain.clock import iso_utc, utcnow
from app.domain.enums import QUALITY_REASONS, REFUND_KINDS, CaseStatus, Priority, ShipmentKind
from app.domain.errors import DomainError
from app.domain.money import fen_to_yuan
from app.io.errors import CodedError, ImportFileError, Param, ProfileError, UnknownHeaders
from app.io.exporters import ReportWriter
from app.io.parse import AftersalesRow, ExportReader, OrderRow, Rejected, Skipped, cell_text
from app.io.profiles import (
    AFTERSALES,
    LIST_KINDS,
    FieldSpec,
    Profile,
    builtin_profiles,
    fields_of,
    plan,
    profile_from_dict,
    user_profile,
)
from app.services.store import Store
from app.store import bulk, search
from app.store import engine as engines
from app.store.history import append_event
from app.store.models import (
    Buyer,
    Case,
    CaseEvent,
    CaseSearch,
    ImportBatch,
    ImportProfile,
    Order,
    OrderItem,
    Shipment,
    Shop,
)
from app.store.users import get_or_create_user

__all__ = [
    "ImportCancelled", "ImportFileError", "ImportResult", "Preview", "ProfileInfo",
    "UnknownHeaders", "check_file", "field_specs", "guess_mapping", "import_file", "list_profiles", "preview_file",
    "save_profile",
]

CHUNK_ROWS = 2000
STATISTICS_AFTER = 1000  # inserted rows from which an import refreshes planner statistics
IN_LIMIT = 900  # values per IN (...) list: portable on every SQLite build
PREVIEW_ROWS = 20
# The fields of a case the platform owns; an import may change these and nothing else.
PLATFORM_FIELDS = ("platform_status", "amount_fen", "fast_refund", "reason_text")

Progress = Callable[[int, float], None]  # rows read so far, fraction of the file (0..1)
# Says a rejected row's reason (code, params; app.io.errors) in the user's language for
# the report. The window passes its own; without one the report is in English.
Describe = Callable[[str, Mapping[str, Param]], str]


class ImportCancelled(CodedError, DomainError):
    def __init__(self) -> None:
        super().__init__("import_cancelled")


class ProfileExists(CodedError, DomainError):
    pass


@dataclass(frozen=True)
class ImportResult:
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    skipped: int
    report: Path | None
    batch_id: int
    profile: str
    platform: str
    list_kind: str

    def to_json(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": self.rejected, "report": str(self.report) if self.report else None,
            "skipped": self.skipped, "profile": self.profile, "platform": self.platform,
            "list_kind": self.list_kind, "batch": self.batch_id,
        }


@dataclass(frozen=True)
class ProfileInfo:
    name: str
    platform: str
    list_kind: str
    builtin: bool
    description: str = ""


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


# -- profiles ---------------------------------------------------------------------------


def field_specs(list_kind: str) -> tuple[FieldSpec, ...]:
    return fields_of(list_kind)


def _all_profiles(session: Session) -> list[Profile]:
    saved = [user_profile(p.name, p.platform, p.list_kind, p.mapping)
             for p in session.scalars(select(ImportProfile).order_by(ImportProfile.id))]
    return [*builtin_profiles(), *saved]


def list_profiles(store: Store) -> list[ProfileInfo]:
    with store.unit_of_work() as uow:
        profiles = _all_profiles(uow.session)
    return [ProfileInfo(p.name, p.platform, p.list_kind, p.builtin, p.description)
            for p in profiles]


def save_profile(store: Store, actor: str, name: str, platform: str, list_kind: str,
                 columns: Mapping[str, str | Sequence[str]]) -> ProfileInfo:
    """Save a user's column mapping (our field -> their header) as a new profile."""
    name = name.strip()
    if not name:
        raise ProfileError("profile_name_missing")
    if list_kind not in LIST_KINDS:
        raise ProfileError("list_kind_unknown", value=list_kind)
    cols = {k: [v] if isinstance(v, str) else list(v) for k, v in columns.items() if v}
    profile = profile_from_dict({"name": name, "platform": platform, "list_kind": list_kind,
                                 "columns": cols}, builtin=False)
    missing = [f.key for f in fields_of(list_kind) if f.required and f.key not in cols]
    if missing:
        raise ProfileError("mapping_needs", fields=tuple(missing))
    with store.unit_of_work() as uow:
        taken = {p.name for p in builtin_profiles()} | set(
            uow.session.scalars(select(ImportProfile.name)))
        if name in taken:
            raise ProfileExists("profile_exists", profile=name)
        now = utcnow()
        uow.session.add(ImportProfile(name=name, platform=profile.platform,
                                      list_kind=list_kind, mapping=profile.to_mapping_json(),
                                      created_by=actor, created_at=now))
        uow.commit()
    return ProfileInfo(name, profile.platform, list_kind, False)


def guess_mapping(list_kind: str, headers: Sequence[str]) -> dict[str, int]:
    """A first guess for the mapping dialog: our field -> column index, from the
    header names the built-in profiles know."""
    out: dict[str, int] = {}
    for p in builtin_profiles():
        if p.list_kind != list_kind:
            continue
        cp = plan(p, list(headers))
        for key, i in cp.index.items():
            out.setdefault(key, i)
        for key, cols in cp.summed.items():
            out.setdefault(key, cols[0])
    return out


def _pick_profile(profiles: Sequence[Profile], name: str | None) -> Profile | None:
    if not name:
        return None
    for p in profiles:
        if p.name == name:
            return p
    raise ImportFileError("profile_unknown", profile=name)


# -- preview ----------------------------------------------------------------------------

_PREVIEW_COLUMNS = {
    AFTERSALES: ("shop", "case_no", "order_no", "kind", "reason", "platform_status",
                 "amount", "applied_at", "deadline_at", "fast_refund", "product_name"),
    "orders": ("shop", "order_no", "sub_order_no", "product_name", "sku_spec", "quantity",
               "total", "paid_at", "carrier", "tracking_no"),
}


def _display(row: AftersalesRow | OrderRow, key: str) -> str:
    if key == "amount":
        return fen_to_yuan(row.amount_fen)  # type: ignore[union-attr]
    if key == "total":
        return fen_to_yuan(row.total_fen)  # type: ignore[union-attr]
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
        profiles = _all_profiles(uow.session)
    forced = _pick_profile(profiles, profile)
    with ExportReader(Path(path), profiles, platform=platform, profile=forced,
                      default_shop=shop, allow_unknown=True) as reader:
        base = dict(file_name=Path(path).name, format=reader.info.format,
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


# -- import -----------------------------------------------------------------------------


def check_file(path: Path, *, platform: str | None = None) -> str:
    """Can this file be imported with the built-in profiles? Its profile name, or raise.

    For callers that have no store yet (a first run): a file that cannot be read is
    refused before anything, even an empty database, is created.
    """
    with ExportReader(Path(path), builtin_profiles(), platform=platform) as reader:
        assert reader.plan is not None
        return reader.plan.profile.name


def default_report_path(store: Store, path: Path, now: datetime, batch_id: int) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return (store.location.data_dir / "import-reports"
            / f"{Path(path).stem}-{stamp}-batch{batch_id}-rejected.csv")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def import_file(
    store: Store, path: Path, actor: str, *, platform: str | None = None,
    shop: str | None = None, report: Path | None = None, profile: str | None = None,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
    describe: Describe | None = None,
) -> ImportResult:
    """Import one export file as one batch (one transaction); see the module doc.

    `describe(code, params)` words the reasons in the report of rejected rows (the
    window's language); without it they are in English.
    """
    path = Path(path)
    if store.read_only_reason:
        raise ImportFileError("read_only", reason=store.read_only_reason,
                              database=store.description)
    with store.unit_of_work() as uow:
        profiles = _all_profiles(uow.session)
    forced = _pick_profile(profiles, profile)
    now = utcnow()
    with ExportReader(path, profiles, platform=platform, profile=forced,
                      default_shop=shop) as reader:
        assert reader.plan is not None
        p = reader.plan.profile
        if "shop" not in reader.plan.index and not shop:
            raise ImportFileError("no_shop_column", file=path.name)
        digest = file_sha256(path)
        writer: ReportWriter | None = None
        try:
            with store.unit_of_work() as uow:
                session = uow.session
                batch = ImportBatch(file_name=str(path.resolve())[:512], file_sha256=digest,
                                    profile=p.name, actor=actor, started_at=now, inserted=0,
                                    updated=0, unchanged=0, rejected=0)
                # The first write: on SQLite it takes the write lock for the whole batch,
                # so the ids read below stay ours.
                session.add(batch)
                session.flush()
                writer = ReportWriter(Path(report) if report else default_report_path(
                    store, path, now, batch.id), reader.headers)
                get_or_create_user(session, actor, now)
                up = _Upserter(session, actor, now, p, batch.id)
                _run(reader, up, writer, progress, cancel, describe)
                session.flush()
                up.advance_id_sequences()
                if up.inserted >= STATISTICS_AFTER:
                    # A bulk load: let the planner (and the next import) see the new sizes.
                    engines.refresh_planner_statistics(session.connection())
                batch.inserted, batch.updated = up.inserted, up.updated
                batch.unchanged, batch.rejected = up.unchanged, writer.count
                batch.finished_at = utcnow()
                final_report = writer.finish()
                batch.report_path = str(final_report) if final_report else None
                try:
                    uow.commit()
                except BaseException:
                    if final_report is not None:
                        final_report.unlink(missing_ok=True)
                    raise
        finally:
            if writer is not None:
                writer.discard()
    assert writer is not None
    return ImportResult(up.inserted, up.updated, up.unchanged, writer.count, up.skipped,
                        final_report, batch.id, p.name, p.platform, p.list_kind)


def _run(reader: ExportReader, up: _Upserter, writer: ReportWriter,
         progress: Progress | None, cancel: Callable[[], bool] | None,
         describe: Describe | None = None) -> None:
    chunk: list[Any] = []
    keys: set[tuple[str | None, str]] = set()
    is_cases = up.profile.list_kind == AFTERSALES
    seen = 0
    for item in reader.items():
        seen += 1
        if isinstance(item, Skipped):
            up.skipped += 1
            continue
        if isinstance(item, Rejected):
            reason = item.reason
            if describe is not None and item.code:
                reason = describe(item.code, item.params)
            writer.add(item.line, reason, [cell_text(c) for c in item.cells])
            continue
        key = (item.shop, item.case_no if is_cases else item.order_no)  # type: ignore[union-attr]
        if is_cases and key in keys:
            # The same case twice in one file: the later line is a newer state of it.
            up.flush(chunk)
            chunk, keys = [], set()
        chunk.append(item)
        keys.add(key)
        if len(chunk) >= CHUNK_ROWS:
            up.flush(chunk)
            chunk, keys = [], set()
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(seen, reader.fraction())
    up.flush(chunk)
    if cancel is not None and cancel():
        raise ImportCancelled()
    if progress is not None:
        progress(seen, 1.0)


def _insert_rows(conn: Connection, model: type, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all name every column, in the same order.

    On drivers with positional "?" parameters (sqlite3) the rows go to the driver's
    executemany as tuples, with SQLAlchemy's own bind processors applied to the columns
    that have one (times): the same stored values, without building a parameter dict
    per row, which was a fifth of an import's time. Other drivers take the portable
    path (app.store.bulk).
    """
    if not rows:
        return
    if conn.dialect.paramstyle != "qmark":
        bulk.insert_rows(conn, model, rows)
        return
    table = model.__table__  # type: ignore[attr-defined]
    cols = list(rows[0])
    dialect = conn.dialect
    processors = [(i, table.c[c].type.dialect_impl(dialect).bind_processor(dialect))
                  for i, c in enumerate(cols)]
    processors = [(i, proc) for i, proc in processors if proc is not None]
    q = conn.dialect.identifier_preparer
    sql = (f"INSERT INTO {q.format_table(table)} ({', '.join(q.quote(c) for c in cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    params: list[tuple[Any, ...]] = []
    for r in rows:
        values = list(r.values())
        for i, proc in processors:
            values[i] = proc(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(sql, params)


def _parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), IN_LIMIT):
        yield values[start:start + IN_LIMIT]


class _Upserter:
    """Writes parsed rows chunk by chunk inside the batch's transaction."""

    def __init__(self, session: Session, actor: str, now: datetime, profile: Profile,
                 batch_id: int) -> None:
        self.session = session
        self.conn: Connection = session.connection()
        self.actor = actor
        self.now = now
        self.profile = profile
        self.platform = profile.platform
        self.batch_id = batch_id
        self.deadline_hours = timedelta(hours=profile.default_deadline_hours)
        self.inserted = self.updated = self.unchanged = self.skipped = 0
        self._shops: dict[str, int] = {}
        self._ids = {m: bulk.next_id(self.conn, m)
                     for m in (Buyer, Order, OrderItem, Shipment, Case, CaseEvent, Shop)}

    def advance_id_sequences(self) -> None:
        """The ids this batch handed out are used: a server's sequences must move on."""
        for model in self._ids:
            engines.advance_id_sequence(self.conn, model.__tablename__)  # type: ignore[attr-defined]

    def _take(self, model: type) -> int:
        value = self._ids[model]
        self._ids[model] = value + 1
        return value

    def flush(self, rows: list[Any]) -> None:
        if not rows:
            return
        if self.profile.list_kind == AFTERSALES:
            self._cases(rows)
        else:
            self._orders(rows)

    # -- shops -------------------------------------------------------------------------

    def shop_id(self, name: str) -> int:
        found = self._shops.get(name)
        if found is not None:
            return found
        found = self.conn.execute(
            select(Shop.id).where(Shop.platform == self.platform, Shop.name == name)
        ).scalar()
        if found is None:
            found = self._take(Shop)
            bulk.insert_rows(self.conn, Shop, [{"id": found, "platform": self.platform,
                                                "name": name}])
        self._shops[name] = found
        return found

    def _existing_orders(self, keys: set[tuple[int, str]]) -> dict[tuple[int, str], int]:
        out: dict[tuple[int, str], int] = {}
        by_shop: dict[int, list[str]] = {}
        for shop_id, no in keys:
            by_shop.setdefault(shop_id, []).append(no)
        for shop_id, nos in by_shop.items():
            for part in _parts(nos):
                for oid, no in self.conn.execute(
                    select(Order.id, Order.platform_order_no)
                    .where(Order.shop_id == shop_id, Order.platform_order_no.in_(part))
                ):
                    out[(shop_id, no)] = oid
        return out

    # -- after-sales rows --------------------------------------------------------------

    def _cases(self, rows: list[AftersalesRow]) -> None:
        conn = self.conn
        shop_of = [self.shop_id(r.shop or "") for r in rows]
        by_shop: dict[int, list[str]] = {}
        for r, sid in zip(rows, shop_of, strict=True):
            by_shop.setdefault(sid, []).append(r.case_no)
        existing: dict[tuple[int, str], Any] = {}
        for sid, nos in by_shop.items():
            for part in _parts(nos):
                for rec in conn.execute(
                    select(Case.id, Case.case_no, Case.order_id, *(getattr(Case, f)
                                                                  for f in PLATFORM_FIELDS))
                    .where(Case.shop_id == sid, Case.case_no.in_(part))
                ):
                    existing[(sid, rec.case_no)] = rec
        orders = self._existing_orders({(sid, r.order_no)
                                         for r, sid in zip(rows, shop_of, strict=True)})
        order_ids = sorted(set(orders.values()))
        refund_orders: set[int] = set()
        return_tracking: set[tuple[int, str]] = set()
        for part in _parts(order_ids):
            refund_orders.update(conn.execute(
                select(Case.order_id).where(Case.order_id.in_(part),
                                            Case.kind.in_([k.value for k in REFUND_KINDS]))
            ).scalars())
            return_tracking.update((oid, tno) for oid, tno in conn.execute(
                select(Shipment.order_id, Shipment.tracking_no)
                .where(Shipment.order_id.in_(part), Shipment.kind == ShipmentKind.RETURN.value)
            ))

        buyers: list[dict[str, Any]] = []
        new_orders: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        ships: list[dict[str, Any]] = []
        cases: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        updates: list[tuple[int, dict[str, list[Any]], AftersalesRow, int | None]] = []
        actor, now, batch = self.actor, self.now, self.batch_id
        # Search text of the orders this chunk creates, so that their new cases are
        # indexed from memory instead of read back (see search._build_rows).
        order_texts: dict[int, tuple[str, str | None, list[str], list[str]]] = {}
        indexed: list[tuple[dict[str, Any], int]] = []
        reindex: list[int] = []

        for r, shop_id in zip(rows, shop_of, strict=True):
            old = existing.get((shop_id, r.case_no))
            if old is not None:
                changes: dict[str, list[Any]] = {}
                new_values = (r.platform_status, r.amount_fen, r.fast_refund, r.reason_text)
                for name, before, after in zip(PLATFORM_FIELDS, old[3:], new_values, strict=True):
                    if before != after:
                        changes[name] = [before, after]
                if (r.return_tracking_no and old.order_id is not None
                        and (old.order_id, r.return_tracking_no) not in return_tracking):
                    changes["return_tracking_no"] = [None, r.return_tracking_no]
                    return_tracking.add((old.order_id, r.return_tracking_no))
                if changes:
                    updates.append((old.id, changes, r, old.order_id))
                    self.updated += 1
                else:
                    self.unchanged += 1
                continue

            okey = (shop_id, r.order_no)
            order_id = orders.get(okey)
            if order_id is None:
                order_id = self._take(Order)
                orders[okey] = order_id
                buyer_id = None
                if r.buyer_nickname:
                    buyer_id = self._take(Buyer)
                    buyers.append({"id": buyer_id, "platform": self.platform,
                                   "nickname": r.buyer_nickname, "name": None, "phone": None,
                                   "address": None})
                placed = r.applied_at or now
                new_orders.append({"id": order_id, "shop_id": shop_id,
                                   "platform_order_no": r.order_no, "buyer_id": buyer_id,
                                   "status": None, "total_fen": r.amount_fen, "paid_at": None,
                                   "created_at": placed})
                items.append({"id": self._take(OrderItem), "order_id": order_id, "sku_id": None,
                              "platform_sub_order_no": r.sub_order_no,
                              "product_name": r.product_name or "", "sku_spec": r.sku_spec,
                              "quantity": 1, "unit_price_fen": r.amount_fen})
                order_texts[order_id] = (r.order_no, r.buyer_nickname,
                                         [x for x in (r.product_name, r.sku_spec) if x], [])
                ships.append(self._shipment(order_id, ShipmentKind.OUTBOUND, None,
                                            r.tracking_no))
                if r.tracking_no:
                    order_texts[order_id][3].append(r.tracking_no)
            if r.return_tracking_no and (order_id, r.return_tracking_no) not in return_tracking:
                ships.append(self._shipment(order_id, ShipmentKind.RETURN, r.return_carrier,
                                            r.return_tracking_no))
                return_tracking.add((order_id, r.return_tracking_no))
                if order_id in order_texts:
                    order_texts[order_id][3].append(r.return_tracking_no)

            refund = r.kind in REFUND_KINDS
            second = refund and order_id in refund_orders
            if refund:
                refund_orders.add(order_id)
            case_id = self._take(Case)
            created = {"kind": r.kind.value, "reason": r.reason.value, "amount_fen": r.amount_fen,
                       "platform_status": r.platform_status, "import_batch": batch}
            if second:
                created["second_refund"] = True
            body = chain.canonical_changes(created)
            digest = chain.event_hash(case_id, 1, now, actor, "created", body, chain.GENESIS_HASH)
            events.append({"id": self._take(CaseEvent), "case_id": case_id, "seq": 1, "at": now,
                           "actor": actor, "action": "created", "changes": body,
                           "prev_hash": chain.GENESIS_HASH, "hash": digest})
            applied = r.applied_at or now
            case_row = {
                "id": case_id, "case_no": r.case_no, "shop_id": shop_id, "order_id": order_id,
                "kind": r.kind.value, "exception_subtype": None, "reason": r.reason.value,
                "reason_text": r.reason_text,
                "quality_refund": refund and r.reason in QUALITY_REASONS,
                "second_refund": second, "fast_refund": r.fast_refund,
                "platform_status": r.platform_status, "status": CaseStatus.NEW.value,
                "priority": (Priority.HIGH if second else Priority.NORMAL).value,
                "deadline_at": r.deadline_at or applied + self.deadline_hours,
                "assignee_id": None, "amount_fen": r.amount_fen, "note": None,
                "created_at": applied, "updated_at": now,
                "history_head": digest, "history_len": 1,
            }
            cases.append(case_row)
            if order_id in order_texts:
                indexed.append((case_row, order_id))
            else:
                reindex.append(case_id)
            self.inserted += 1

        texts = []
        for case_row, order_id in indexed:
            order_no, nick, products, tracking = order_texts[order_id]
            parts = [case_row["case_no"], order_no, nick, *products, *tracking,
                     case_row["reason_text"], case_row["note"]]
            body = " | ".join(p for p in parts if p)
            texts.append({"case_id": case_row["id"], "body": body,
                          "grams": search.cjk_grams(body)})
        for model, batch_rows in ((Buyer, buyers), (Order, new_orders), (OrderItem, items),
                                  (Shipment, ships), (Case, cases), (CaseEvent, events),
                                  (CaseSearch, texts)):
            _insert_rows(conn, model, batch_rows)
        for case_id, changes, r, order_id in updates:
            self._update_case(case_id, changes, r, order_id)
            reindex.append(case_id)
        if updates:
            self.session.flush()
        if reindex:
            search.reindex(conn, reindex)

    def _shipment(self, order_id: int, kind: ShipmentKind, carrier: str | None,
                  tracking_no: str | None) -> dict[str, Any]:
        return {"id": self._take(Shipment), "order_id": order_id, "kind": kind.value,
                "carrier": carrier, "tracking_no": tracking_no, "shipped_at": None,
                "delivered_at": None, "urge_count": 0, "priority_shipping": False}

    def _update_case(self, case_id: int, changes: dict[str, list[Any]], r: AftersalesRow,
                     order_id: int | None) -> None:
        case = self.session.get(Case, case_id)
        assert case is not None
        for name in PLATFORM_FIELDS:
            if name in changes:
                setattr(case, name, changes[name][1])
        if "return_tracking_no" in changes and order_id is not None:
            bulk.insert_rows(self.conn, Shipment, [self._shipment(
                order_id, ShipmentKind.RETURN, r.return_carrier, r.return_tracking_no)])
        case.updated_at = self.now
        action = "platform_status" if "platform_status" in changes else "platform_update"
        event = append_event(self.session, case, self.actor, action,
                             {**changes, "import_batch": self.batch_id}, self.now)
        # Ids of this batch's rows are handed out here; the database must not pick one
        # that a later chunk's new events were going to use.
        event.id = self._take(CaseEvent)

    # -- order rows --------------------------------------------------------------------

    def _orders(self, rows: list[OrderRow]) -> None:
        conn = self.conn
        shop_of = [self.shop_id(r.shop or "") for r in rows]
        orders = self._existing_orders({(sid, r.order_no)
                                         for r, sid in zip(rows, shop_of, strict=True)})
        ids = sorted(set(orders.values()))
        state: dict[int, dict[str, Any]] = {}
        items: dict[int, list[dict[str, Any]]] = {}
        outbound: dict[int, dict[str, Any]] = {}
        buyers: dict[int, dict[str, Any]] = {}
        for part in _parts(ids):
            for rec in conn.execute(
                select(Order.id, Order.total_fen, Order.paid_at, Order.created_at, Order.status,
                       Order.buyer_id).where(Order.id.in_(part))
            ):
                state[rec.id] = dict(rec._mapping)
            for rec in conn.execute(
                select(OrderItem.id, OrderItem.order_id, OrderItem.platform_sub_order_no,
                       OrderItem.product_name, OrderItem.sku_spec, OrderItem.quantity,
                       OrderItem.unit_price_fen).where(OrderItem.order_id.in_(part))
                .order_by(OrderItem.id)
            ):
                items.setdefault(rec.order_id, []).append(dict(rec._mapping))
            for rec in conn.execute(
                select(Shipment.id, Shipment.order_id, Shipment.carrier, Shipment.tracking_no,
                       Shipment.shipped_at)
                .where(Shipment.order_id.in_(part), Shipment.kind == ShipmentKind.OUTBOUND.value)
                .order_by(Shipment.id)
            ):
                outbound.setdefault(rec.order_id, dict(rec._mapping))
        buyer_ids = sorted({s["buyer_id"] for s in state.values() if s["buyer_id"]})
        for part in _parts(buyer_ids):
            for rec in conn.execute(select(Buyer.id, Buyer.nickname, Buyer.name, Buyer.phone,
                                           Buyer.address).where(Buyer.id.in_(part))):
                buyers[rec.id] = dict(rec._mapping)

        new_buyers: list[dict[str, Any]] = []
        new_orders: list[dict[str, Any]] = []
        new_items: list[dict[str, Any]] = []
        new_ships: list[dict[str, Any]] = []
        created_here: dict[tuple[int, str], int] = {}
        counted: set[int] = set()
        changed_orders: set[int] = set()

        for r, shop_id in zip(rows, shop_of, strict=True):
            okey = (shop_id, r.order_no)
            status = r.order_status or ("已发货" if (r.shipped_at or r.tracking_no) else "待发货")
            if okey in created_here:
                # A further sub-order line of an order this file created.
                oid = created_here[okey]
                if not any(i["platform_sub_order_no"] == r.sub_order_no and r.sub_order_no
                           for i in items.get(oid, [])):
                    new_items.append(self._item(oid, r, items))
                continue
            oid = orders.get(okey)
            if oid is None:
                oid = self._take(Order)
                created_here[okey] = oid
                buyer_id = None
                if r.receiver_name or r.receiver_phone or r.address or r.buyer_nickname:
                    buyer_id = self._take(Buyer)
                    new_buyers.append({"id": buyer_id, "platform": self.platform,
                                       "nickname": r.buyer_nickname or r.receiver_name or "",
                                       "name": r.receiver_name, "phone": r.receiver_phone,
                                       "address": r.address})
                new_orders.append({"id": oid, "shop_id": shop_id, "platform_order_no": r.order_no,
                                   "buyer_id": buyer_id, "status": status,
                                   "total_fen": r.total_fen, "paid_at": r.paid_at,
                                   "created_at": r.created_at or r.paid_at or self.now})
                new_items.append(self._item(oid, r, items))
                # Every order has its outbound shipment, shipped or not: urges and the
                # priority-shipping flag live there (as in the rest of the store).
                ship = self._shipment(oid, ShipmentKind.OUTBOUND, r.carrier, r.tracking_no)
                ship["shipped_at"] = r.shipped_at
                new_ships.append(ship)
                self.inserted += 1
                continue
            changed = self._update_order(oid, r, status, state[oid], items, outbound, buyers,
                                         new_items, new_ships, new_buyers)
            if changed:
                changed_orders.add(oid)
            if oid not in counted:
                counted.add(oid)
                if changed:
                    self.updated += 1
                else:
                    self.unchanged += 1

        for model, batch_rows in ((Buyer, new_buyers), (Order, new_orders),
                                  (OrderItem, new_items), (Shipment, new_ships)):
            _insert_rows(conn, model, batch_rows)
        if changed_orders:
            search.reindex_orders(conn, changed_orders)

    def _item(self, oid: int, r: OrderRow, items: dict[int, list[dict[str, Any]]]) -> dict[str, Any]:
        unit = r.total_fen // r.quantity if r.quantity else r.total_fen
        row = {"id": self._take(OrderItem), "order_id": oid, "sku_id": None,
               "platform_sub_order_no": r.sub_order_no, "product_name": r.product_name or "",
               "sku_spec": r.sku_spec, "quantity": r.quantity, "unit_price_fen": unit}
        items.setdefault(oid, []).append(row)
        return row

    def _update_order(self, oid: int, r: OrderRow, status: str, cur: dict[str, Any],
                      items: dict[int, list[dict[str, Any]]], outbound: dict[int, dict[str, Any]],
                      buyers: dict[int, dict[str, Any]], new_items: list[dict[str, Any]],
                      new_ships: list[dict[str, Any]], new_buyers: list[dict[str, Any]]) -> bool:
        """Fill in / refresh an order the platform lists again; True if anything changed."""
        conn = self.conn
        changed = False
        want = {"total_fen": r.total_fen, "paid_at": r.paid_at, "status": status,
                "created_at": r.created_at or cur["created_at"]}
        diff = {k: v for k, v in want.items() if v is not None and cur[k] != v}
        if diff:
            conn.execute(update(Order).where(Order.id == oid).values(**diff))
            cur.update(diff)
            changed = True
        # Buyer: the order list carries the receiver (masked as the platform exports it).
        bid = cur["buyer_id"]
        person = {"name": r.receiver_name, "phone": r.receiver_phone, "address": r.address}
        if bid is None and any(person.values()):
            bid = self._take(Buyer)
            new_buyers.append({"id": bid, "platform": self.platform,
                               "nickname": r.buyer_nickname or r.receiver_name or "", **person})
            conn.execute(update(Order).where(Order.id == oid).values(buyer_id=bid))
            cur["buyer_id"] = bid
            buyers[bid] = {"id": bid, "nickname": r.buyer_nickname or "", **person}
            changed = True
        elif bid is not None:
            b = buyers.get(bid, {})
            bdiff = {k: v for k, v in person.items() if v is not None and b.get(k) != v}
            if bdiff:
                conn.execute(update(Buyer).where(Buyer.id == bid).values(**bdiff))
                b.update(bdiff)
                changed = True
        # Item: by sub-order no.; else by product and spec; else the one item an
        # after-sales line created for this order before the order list came.
        mine = items.get(oid, [])
        match = None
        if r.sub_order_no:
            match = next((i for i in mine if i["platform_sub_order_no"] == r.sub_order_no), None)
        if match is None:
            match = next((i for i in mine if i["product_name"] == (r.product_name or "")
                          and i["sku_spec"] == r.sku_spec
                          and not (r.sub_order_no and i["platform_sub_order_no"])), None)
        if (match is None and r.sub_order_no and len(mine) == 1
                and not mine[0]["platform_sub_order_no"]):
            match = mine[0]
        unit = r.total_fen // r.quantity if r.quantity else r.total_fen
        if match is None:
            new_items.append(self._item(oid, r, items))
            changed = True
        else:
            iwant = {"platform_sub_order_no": r.sub_order_no, "product_name": r.product_name,
                     "sku_spec": r.sku_spec, "quantity": r.quantity, "unit_price_fen": unit}
            idiff = {k: v for k, v in iwant.items() if v is not None and match[k] != v}
            if idiff:
                if not any(n is match for n in new_items):  # pending rows are inserted later
                    conn.execute(update(OrderItem).where(OrderItem.id == match["id"])
                                 .values(**idiff))
                match.update(idiff)
                changed = True
        # Outbound shipment: carrier, tracking no., shipped at (never the local flags).
        ship = outbound.get(oid)
        if ship is None or r.carrier or r.tracking_no or r.shipped_at:
            swant = {"carrier": r.carrier, "tracking_no": r.tracking_no, "shipped_at": r.shipped_at}
            if ship is None:
                row = self._shipment(oid, ShipmentKind.OUTBOUND, r.carrier, r.tracking_no)
                row["shipped_at"] = r.shipped_at
                new_ships.append(row)
                outbound[oid] = row
                changed = True
            else:
                sdiff = {k: v for k, v in swant.items() if v is not None and ship[k] != v}
                if sdiff:
                    conn.execute(update(Shipment).where(Shipment.id == ship["id"]).values(**sdiff))
                    ship.update(sdiff)
                    changed = True
        return changed

