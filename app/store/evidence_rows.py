"""Evidence rows: which file is attached to which case, by whom, for which step."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.evidence import EvidenceFile, MediaType
from app.store import models as m


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    case_id: int
    file: EvidenceFile
    added_by: str
    added_at: datetime
    note: str | None
    removed_at: datetime | None = None
    removed_by: str | None = None
    removed_reason: str | None = None


def _row(r: m.Evidence) -> EvidenceRow:
    return EvidenceRow(r.id, r.case_id,
                       EvidenceFile(r.sha256, r.original_name, MediaType(r.media_type), r.size,
                                    r.step_key),
                       r.added_by, r.added_at, r.note, r.removed_at, r.removed_by,
                       r.removed_reason)


class EvidenceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, case_id: int, file: EvidenceFile, actor: str, at: datetime,
            note: str | None) -> int:
        row = m.Evidence(case_id=case_id, sha256=file.sha256, step_key=file.step,
                         original_name=file.name, media_type=file.media_type.value,
                         size=file.size, added_by=actor, added_at=at, note=note)
        self.session.add(row)
        self.session.flush()
        return row.id

    def for_case(self, case_id: int, *, include_removed: bool = False) -> list[EvidenceRow]:
        q = select(m.Evidence).where(m.Evidence.case_id == case_id)
        if not include_removed:
            q = q.where(m.Evidence.removed_at.is_(None))
        return [_row(r) for r in self.session.scalars(q.order_by(m.Evidence.id))]

    def get(self, evidence_id: int) -> EvidenceRow | None:
        row = self.session.get(m.Evidence, evidence_id)
        return None if row is None else _row(row)

    def remove(self, evidence_id: int, actor: str, at: datetime, reason: str) -> None:
        row = self.session.get(m.Evidence, evidence_id)
        assert row is not None
        row.removed_at, row.removed_by, row.removed_reason = at, actor, reason

    def counts(self, case_id: int) -> tuple[int, set[str]]:
        """How many files the case shows, and the steps they are attached to."""
        rows = self.session.execute(
            select(m.Evidence.step_key, func.count()).where(
                m.Evidence.case_id == case_id, m.Evidence.removed_at.is_(None))
            .group_by(m.Evidence.step_key)).all()
        return sum(n for _, n in rows), {k for k, _ in rows if k}

    def is_referenced(self, sha256: str) -> bool:
        return self.session.scalar(select(m.Evidence.id).where(m.Evidence.sha256 == sha256)
                                   .limit(1)) is not None

    def every_file(self) -> Iterator[tuple[str, int, str, str, int]]:
        """(sha256, case id, case no., name, evidence id) of every row, removed ones too,
        by blob: for verify and backup."""
        q = (select(m.Evidence.sha256, m.Evidence.case_id, m.Case.case_no,
                    m.Evidence.original_name, m.Evidence.id)
             .join(m.Case, m.Case.id == m.Evidence.case_id)
             .order_by(m.Evidence.sha256, m.Evidence.id))
        for row in self.session.execute(q).yield_per(5000):
            yield row.sha256, row.case_id, row.case_no, row.original_name, row.id
