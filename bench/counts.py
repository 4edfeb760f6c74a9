"""The view counts: the full count the window asks for, and its refresh after a write.

Ours is what the window's controller runs (`Inbox.counts` over the 11 views and the
signed-in agent's saved views, their filters built as `_load_counts` builds them);
the baseline is the same SQL, compiled once, on a raw sqlite3 connection. Then, on a
private copy of the store, one write of each kind (a status change, an assignment,
time passing for Due soon / Overdue) is followed by the refresh the window makes
after it; that refresh is set against the raw full recount, and should be a small
fraction of it (`refresh_target`): a refresh that recounts every case is not one.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from bench.context import Context
from bench.stats import entry, runs, timed

METRICS = ("counts",)
TARGET = 1.5  # ours / raw for the full count
REFRESH_TARGET = 0.1  # a refresh after one write / the raw full recount


def _filters(inbox: Any, now: Any) -> dict[str, Any]:
    from app.services.inbox_views import VIEW_KEYS, view_filter
    from app.services.saved_views import filter_of

    me = inbox.me_id()
    filters = {k: view_filter(k, me_id=me, now=now) for k in VIEW_KEYS}
    filters.update({v.key: filter_of(v.query, me_id=me, now=now) for v in inbox.saved_views()})
    return filters


def _raw_statements(store: Any, filters: dict[str, Any]) -> dict[str, Any]:
    """Each filter's count statement as the driver gets it (SQL and bound values)."""
    from sqlalchemy import func, select

    from app.store import sqlite_direct as direct
    from app.store.case_queries import apply_filter
    from app.store.models import Case

    with store.unit_of_work() as uow:
        dialect = uow.session.get_bind().dialect
    return {k: direct.compile_bound(apply_filter(select(func.count()).select_from(Case), f),
                                    dialect) for k, f in filters.items()}


def _raw_counts(path: str, bound: dict[str, Any]) -> dict[str, int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {k: int(con.execute(b.sql, b.params).fetchone()[0]) for k, b in bound.items()}
    finally:
        con.close()


def _writes(store: Any, user: str) -> list[tuple[str, Any]]:
    """One write of each kind the counts must follow, as (name, do-it)."""
    from sqlalchemy import select

    from app.services.case_actions import perform
    from app.store.models import Case

    with store.unit_of_work() as uow:
        open_ids = list(uow.session.scalars(
            select(Case.id).where(Case.status == "new").order_by(Case.id).limit(4)))

    def status() -> None:
        perform(store, user, open_ids[0], [{"do": "status", "to": "in_progress"}])

    def assign() -> None:
        perform(store, user, open_ids[1], [{"do": "assign", "user": user}])

    return [("status_change", status), ("assign", assign)]


def measure(ctx: Context, wanted: set[str]) -> dict[str, Any]:
    if "counts" not in wanted:
        return {}
    from app.domain.clock import utcnow
    from app.services.inbox import Inbox
    from app.services.store import open_store
    from app.store import engine as engines

    data = ctx.copy_store("counts")
    store = open_store(data)
    try:
        path = engines.sqlite_path(store.location.db_url)
        if path is None:
            return {}
        inbox = Inbox(store, ctx.user)
        now = utcnow()
        filters = _filters(inbox, now)
        bound = _raw_statements(store, filters)
        n_runs = max(3, ctx.runs)
        ours = runs(lambda: inbox.counts(filters), n_runs)
        raw = runs(lambda: _raw_counts(path.as_posix(), bound), n_runs)
        same = inbox.counts(filters) == _raw_counts(path.as_posix(), bound)

        refresh: dict[str, Any] = {}
        refresh_ours: list[float] = []
        refresh_raw: list[float] = []
        for name, write in _writes(store, ctx.user):
            try:
                write()
            except Exception as exc:  # a refused write is reported, not fatal
                refresh[name] = {"error": str(exc)}
                continue
            o = timed(lambda: inbox.counts(_filters(inbox, now)))
            b = timed(lambda: _raw_counts(path.as_posix(), bound))
            refresh_ours.append(o)
            refresh_raw.append(b)
            refresh[name] = {"ours": o, "baseline": b, "ratio": o / b if b else None}
        later = now + timedelta(minutes=5)  # time passing: Due soon / Overdue move
        later_filters = _filters(inbox, later)
        later_bound = _raw_statements(store, later_filters)
        o = timed(lambda: inbox.counts(later_filters))
        b = timed(lambda: _raw_counts(path.as_posix(), later_bound))
        refresh_ours.append(o)
        refresh_raw.append(b)
        refresh["time_passing"] = {"ours": o, "baseline": b, "ratio": o / b if b else None}
        after = entry(refresh_ours, refresh_raw, n=ctx.n, target=REFRESH_TARGET, unit="s",
                      stat="p95", per_write=refresh)
        return {"counts": entry(ours, raw, n=ctx.n, target=TARGET, unit="s", views=len(filters),
                                same_as_raw=same, refresh=after)}
    finally:
        store.close()
