"""The audit: every history event of every case, for those whose role may review it
(VIEW_AUDIT): a page at a time, newest first, counted by actor and action, and the
filtered list as a spreadsheet.

The events are the cases' own hash-chained history; the audit only reads them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.audit_filter import AuditFilter, Cursor
from app.domain.clock import iso_utc
from app.domain.errors import DomainError
from app.domain.permissions import Permission
from app.io.audit_words import action_words, details
from app.io.exporters import format_of, write_table
from app.io.targets import check_target
from app.services.access import require
from app.services.exports import ExportCancelled, ExportResult, headers, local_time
from app.services.store import Store
from app.store import audit_queries as q

MAX_PAGE = 1000
EXPORT_PAGE = 1000
COLUMNS = (("at", "时间", "Time"), ("actor", "操作人", "Who"), ("action", "操作", "Action"),
           ("case_no", "售后单号", "Case no."), ("shop", "店铺", "Shop"),
           ("details", "详情", "Details"))


@dataclass
class AuditPage:
    events: list[dict[str, Any]] = field(default_factory=list)
    next: Cursor | None = None  # where the next page starts; None: this was the last

    def to_json(self) -> dict[str, Any]:
        return {"events": self.events, "next": self.next.text() if self.next else None}


def _event(row: Any) -> dict[str, Any]:
    try:
        changes = json.loads(row.changes)
    except (TypeError, ValueError):
        changes = {}  # the history's own check names the damage; the audit still lists it
    return {"id": row.id, "at": iso_utc(row.at), "actor": row.actor, "action": row.action,
            "changes": changes if isinstance(changes, dict) else {},
            "case_id": row.case_id, "case_no": row.case_no, "shop": row.shop,
            "platform": row.platform}


def audit_events(store: Store, flt: AuditFilter, actor: str, after: Cursor | None = None,
                 limit: int = 200) -> AuditPage:
    """The `limit` events after `after` that match, newest first."""
    if not 0 < limit <= MAX_PAGE:
        raise DomainError(f"a page holds 1 to {MAX_PAGE} events, not {limit}")
    require(store, actor, Permission.VIEW_AUDIT)
    with store.unit_of_work() as uow:
        rows = q.events_page(uow.session, flt, after, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if rows else None
    return AuditPage([_event(r) for r in rows],
                     Cursor(last.at, last.id) if more and last is not None else None)


def audit_counts(store: Store, flt: AuditFilter, actor: str) -> list[dict[str, Any]]:
    """How many matching events each actor has of each action, most first."""
    require(store, actor, Permission.VIEW_AUDIT)
    with store.unit_of_work() as uow:
        return [{"actor": a, "action": b, "events": n}
                for a, b, n in q.counts(uow.session, flt)]


def iter_events(store: Store, flt: AuditFilter, actor: str,
                page: int = EXPORT_PAGE) -> Iterator[dict[str, Any]]:
    """Every matching event, newest first, read a page at a time."""
    after: Cursor | None = None
    while True:
        got = audit_events(store, flt, actor, after, page)
        yield from got.events
        if got.next is None:
            return
        after = got.next


def export_audit(store: Store, flt: AuditFilter, actor: str, out: Path, *, lang: str = "zh",
                 overwrite: bool = False,
                 cancel: Callable[[], bool] | None = None) -> ExportResult:
    """The filtered list to .csv or .xlsx, with the window's words (formula-safe, written
    atomically; the store and its backups are never a target)."""
    fmt = format_of(out)
    heads = headers(COLUMNS, lang)
    require(store, actor, Permission.VIEW_AUDIT)
    check_target(Path(out), overwrite, store.protected_paths)

    def rows() -> Iterator[list[object]]:
        for n, ev in enumerate(iter_events(store, flt, actor), 1):
            if n % EXPORT_PAGE == 0 and cancel is not None and cancel():
                raise ExportCancelled()
            at = ev["at"]
            yield [local_time(_naive(at)), ev["actor"], action_words(ev["action"], lang),
                   ev["case_no"], ev["shop"], details(ev["action"], ev["changes"], lang)]

    count = write_table(Path(out), heads, rows(), sheet_title="audit")
    return ExportResult(Path(out), count, fmt)


def _naive(at: str | None) -> datetime | None:
    return datetime.fromisoformat(at).replace(tzinfo=None) if at else None


def case_history(store: Store, ref: int | str, actor: str | None = None,
                 action: str | None = None) -> dict[str, Any]:
    """One case's events (oldest first) by who and what, with its chain as `verify`
    judges it: what `case show` shows anyone, filtered."""
    from app.services.cases import CaseNotFound
    from app.services.verify import verify_case

    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(ref)
        if case_id is None:
            raise CaseNotFound(ref)
        rows = q.case_events(uow.session, case_id, actor, action)
    events = []
    for r in rows:
        try:
            changes = json.loads(r.changes)
        except (TypeError, ValueError):
            changes = {}
        events.append({"seq": r.seq, "at": iso_utc(r.at), "actor": r.actor,
                       "action": r.action, "changes": changes, "hash": r.hash})
    return {"case_id": case_id, "events": events,
            "chain": verify_case(store, case_id).to_json()}
