"""Import batches and saved column mappings, and the writer a batch writes through."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store import engine as engines
from app.store.import_writer import ImportWriter
from app.store.models import ImportBatch, ImportProfile
from app.store.order_import import write_orders


def begin_writing(session: Session) -> None:
    """Each chunk of an import, and its last step, is its own transaction
    (app/services/imports.py); each takes the write lock up front, as the unit of
    work's first one did: one that read first would fail at once with "busy", not
    wait, once another process had committed in between (SQLite's WAL)."""
    if not session.in_transaction():
        session.connection(execution_options={engines.WRITE_OPTION: True})


class BatchWriter(ImportWriter):
    """The writer of one batch: after-sales rows or order rows, chunk by chunk."""

    def write(self, rows: Sequence[Any], list_kind: str) -> None:
        if not rows:
            return
        begin_writing(self.session)
        if list_kind == "orders":
            write_orders(self, rows)
        else:
            self.write_cases(rows)


class ImportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- saved mappings ----------------------------------------------------------------

    def saved_profiles(self) -> list[tuple[str, str, str, str]]:
        """(name, platform, list kind, mapping JSON) of every saved profile, oldest first."""
        return [(p.name, p.platform, p.list_kind, p.mapping)
                for p in self.session.scalars(select(ImportProfile).order_by(ImportProfile.id))]

    def save_profile(self, *, name: str, platform: str, list_kind: str, mapping: str,
                     actor: str, at: datetime) -> None:
        self.session.add(ImportProfile(name=name, platform=platform, list_kind=list_kind,
                                       mapping=mapping, created_by=actor, created_at=at))

    # -- batches -----------------------------------------------------------------------

    def start_batch(self, *, file_name: str, file_sha256: str, profile: str, actor: str,
                    at: datetime) -> int:
        """Record a batch; on SQLite this first write takes the write lock for the batch."""
        batch = ImportBatch(file_name=file_name[:512], file_sha256=file_sha256, profile=profile,
                            actor=actor, started_at=at, inserted=0, updated=0, unchanged=0,
                            rejected=0)
        self.session.add(batch)
        self.session.flush()
        return batch.id

    def unfinished_batch(self, *, file_sha256: str, profile: str) -> ImportBatch | None:
        """The newest batch of this same file that an earlier import left incomplete."""
        return self.session.scalars(
            select(ImportBatch).where(ImportBatch.file_sha256 == file_sha256,
                                      ImportBatch.profile == profile,
                                      ImportBatch.finished_at.is_(None))
            .order_by(ImportBatch.id.desc()).limit(1)).first()

    def save_progress(self, batch_id: int, *, inserted: int, updated: int,
                      unchanged: int) -> None:
        """How far the batch got, committed with each chunk: a resumed import goes on
        from there."""
        batch = self.session.get(ImportBatch, batch_id)
        assert batch is not None
        batch.inserted, batch.updated, batch.unchanged = inserted, updated, unchanged

    def finish_batch(self, batch_id: int, *, inserted: int, updated: int, unchanged: int,
                     rejected: int, report_path: str | None, at: datetime) -> None:
        begin_writing(self.session)
        batch = self.session.get(ImportBatch, batch_id)
        assert batch is not None
        batch.inserted, batch.updated, batch.unchanged = inserted, updated, unchanged
        batch.rejected, batch.report_path, batch.finished_at = rejected, report_path, at
        engines.bulk_cache(self.session.connection(), on=False)

    def report_paths(self) -> set[str]:
        """Every report a committed batch names (to tell them from leftovers of a crash)."""
        return {p for p in self.session.scalars(
            select(ImportBatch.report_path).where(ImportBatch.report_path.is_not(None))) if p}

    def writer(self, *, actor: str, now: datetime, platform: str, batch_id: int,
               response_hours: int, rules: Any = None,
               exported_at: datetime | None = None) -> BatchWriter:
        engines.bulk_cache(self.session.connection(), on=True)
        return BatchWriter(self.session, actor=actor, now=now, platform=platform,
                           batch_id=batch_id, response_hours=response_hours, rules=rules,
                           exported_at=exported_at)

    def refresh_statistics(self) -> None:
        """After a bulk load: let the planner (and the next import) see the new sizes."""
        begin_writing(self.session)
        self.session.flush()
        engines.refresh_planner_statistics(self.session.connection())
