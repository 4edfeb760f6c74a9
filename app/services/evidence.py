"""Evidence on a case: attaching files (from disk or the clipboard), listing them,
taking one off the case, and reading one back.

Each file is checked before anything is written: a file that is empty, too large or
not a kind evidence takes is refused with its reason and leaves nothing behind. The
files an attach accepts are stored once each by content (store.blobs) and recorded in
one history event of the case, which names every file's SHA-256: the history then
vouches for the evidence as it does for the case.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from app.config import evidence_max_bytes
from app.domain import handling as h
from app.domain.clock import iso_utc, utcnow
from app.domain.errors import NoChange
from app.domain.evidence import (
    HEAD_BYTES,
    EvidenceFile,
    EvidenceRefused,
    MediaType,
    display_name,
    refuse_size,
    refuse_type,
)
from app.domain.playbooks import evidence_step
from app.services.case_actions import Done
from app.services.cases import CaseNotFound
from app.services.playbooks import playbook_of
from app.services.store import Store
from app.store.blobs import StoredBlob, TooBig

__all__ = ["AttachResult", "EvidenceRefused", "Source", "attach", "blob_path", "cache_dir",
           "list_evidence", "read_blob", "remove"]


@dataclass(frozen=True)
class Source:
    """A file to attach: one on disk, or bytes (a screenshot pasted from the clipboard)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def file(cls, path: Path | str) -> Source:
        return cls(Path(path).name or str(path), Path(path))

    def open(self) -> tuple[BinaryIO, int]:
        if self.data is not None:
            return io.BytesIO(self.data), len(self.data)
        assert self.path is not None
        if not self.path.exists():
            raise EvidenceRefused("not_a_file", f"{self.name}: there is no such file")
        if not self.path.is_file():
            raise EvidenceRefused("not_a_file", f"{self.name} is not a file")
        f = self.path.open("rb")
        return f, self.path.stat().st_size


@dataclass(frozen=True)
class Attached:
    name: str
    file: EvidenceFile
    evidence_id: int

    def to_json(self) -> dict[str, Any]:
        return {"file": self.name, "ok": True, "id": self.evidence_id,
                "sha256": self.file.sha256, "type": self.file.media_type.value,
                "size": self.file.size, "step": self.file.step}


@dataclass(frozen=True)
class FileRefused:
    name: str
    code: str
    reason: str
    facts: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.name, "ok": False, "code": self.code, "reason": self.reason}


@dataclass
class AttachResult:
    case_id: int
    files: list[Attached | FileRefused]
    done: Done | None = None

    @property
    def ok(self) -> bool:
        return all(isinstance(f, Attached) for f in self.files)


@dataclass(frozen=True)
class _Accepted:
    name: str
    stored: StoredBlob
    media: MediaType


def _store_one(store: Store, source: Source, limit: int) -> _Accepted:
    """Check one file and store it; EvidenceRefused (nothing kept) if it does not fit."""
    shown = display_name(source.name)
    try:
        stream, size = source.open()
    except OSError as exc:
        raise EvidenceRefused("unreadable", f"{shown} cannot be read: {exc.strerror or exc}"
                              ) from exc
    with stream:
        try:
            refuse_size(shown, size, limit)
            head = stream.read(HEAD_BYTES)
            media = refuse_type(shown, head, complete=len(head) < HEAD_BYTES)
            stored = store.blobs.put(stream, head, limit)
        except TooBig as exc:
            refuse_size(shown, exc.size, limit)
            raise
        except OSError as exc:
            raise EvidenceRefused("unreadable", f"{shown} cannot be read or stored: "
                                  f"{exc.strerror or exc}") from exc
    return _Accepted(shown, stored, media)


def attach(store: Store, actor: str, case_ref: int | str, sources: Sequence[Source], *,
           note: str | None = None, step: str | None = None, version: int | None = None,
           max_bytes: int | None = None) -> AttachResult:
    """Attach files to a case, on a playbook step or on the case. Each file is taken or
    refused on its own; those taken are one history event. A step the case's playbook
    does not have, a bad note or a case changed since `version` refuse the whole call
    (DomainError) with nothing written."""
    limit = max_bytes or evidence_max_bytes()
    h.Attach((), note).context()  # a bad note is refused before any file is stored
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        case = uow.cases.get(case_id, with_history=False) if case_id is not None else None
        if case_id is None or case is None or case.state is None:
            raise CaseNotFound(case_ref)
        if step is not None:
            evidence_step(playbook_of(case.state), case.state.step_answers, step)
        shown = {row.file.sha256: row.file.name for row in uow.evidence.for_case(case_id)}
    on_case = set(shown)
    results: list[Attached | FileRefused | _Accepted] = []
    for source in sources:
        try:
            accepted = _store_one(store, source, limit)
        except EvidenceRefused as exc:
            results.append(FileRefused(display_name(source.name), exc.code, str(exc),
                                       dict(exc.facts)))
            continue
        sha = accepted.stored.sha256
        if sha in shown:
            results.append(_duplicate(accepted.name, shown[sha], sha in on_case))
            continue
        shown[sha] = accepted.name
        results.append(accepted)
    accepted_files = [r for r in results if isinstance(r, _Accepted)]
    result = AttachResult(case_id, [r for r in results if not isinstance(r, _Accepted)])
    if not accepted_files:
        return result
    try:
        done, ids, late = _record(store, actor, case_id, accepted_files, note, step, version)
    except BaseException:
        _take_back(store, accepted_files)
        raise
    result.done = done
    result.files = [r if not isinstance(r, _Accepted)
                    else Attached(r.name, _file(r, step), ids[r.stored.sha256])
                    if r.stored.sha256 in ids else _duplicate(r.name, late[r.stored.sha256], True)
                    for r in results]
    return result


def _duplicate(name: str, on_case_as: str, on_case: bool) -> FileRefused:
    said = (f"is already attached to this case (as {on_case_as})" if on_case
            else f"is the same file as {on_case_as}, given twice")
    return FileRefused(name, "duplicate", f"{name} {said}",
                       {"name": on_case_as, "on_case": on_case})


def _file(a: _Accepted, step: str | None) -> EvidenceFile:
    return EvidenceFile(a.stored.sha256, a.name, a.media, a.stored.size, step)


def _record(store: Store, actor: str, case_id: int, accepted: list[_Accepted],
            note: str | None, step: str | None, version: int | None
            ) -> tuple[Done | None, dict[str, int], dict[str, str]]:
    """The event and rows of the files taken, under the case's lock: (what was done, the
    row id of each file by hash, the files another agent attached meanwhile)."""
    with store.unit_of_work().for_writing() as uow:
        now = utcnow()
        uow.users.ensure(actor, now)
        found = uow.cases.state(case_id, version)
        if found is None:
            raise CaseNotFound(case_id)
        _, before = found
        # Checked again under the lock: another agent may have attached the same file
        # between our first look and now.
        late = {row.file.sha256: row.file.name for row in uow.evidence.for_case(case_id)}
        accepted = [a for a in accepted if a.stored.sha256 not in late]
        if not accepted:
            return None, {}, late
        ticks = None
        if step is not None and evidence_step(playbook_of(before), before.step_answers, step):
            ticks = step
        files = tuple(_file(a, step) for a in accepted)
        planned = h.plan(before, [h.Attach(files, note, ticks)], now)
        new_version = uow.cases.write(case_id, actor, planned.action, now, planned.after,
                                      planned.changes)
        ids = {f.sha256: uow.evidence.add(case_id, f, actor, now, note) for f in files}
        uow.commit()
    return Done(case_id, new_version, planned.after.status.value, planned.action,
                planned.changes), ids, late


def _take_back(store: Store, accepted: list[_Accepted]) -> None:
    """The files this call stored first, when recording them failed: nothing refers to
    them, unless another agent attached the same content meanwhile."""
    fresh = [a.stored.sha256 for a in accepted if a.stored.created]
    if not fresh:
        return
    with store.unit_of_work() as uow:
        unused = [sha for sha in fresh if not uow.evidence.is_referenced(sha)]
    for sha in unused:
        store.blobs.remove_unreferenced(sha)


def _json(row: Any) -> dict[str, Any]:
    f = row.file
    return {"id": row.id, "case_id": row.case_id, "sha256": f.sha256, "step": f.step,
            "name": f.name, "type": f.media_type.value, "size": f.size,
            "added_by": row.added_by, "added_at": iso_utc(row.added_at), "note": row.note,
            "removed": row.removed_at is not None,
            "removed_at": iso_utc(row.removed_at), "removed_by": row.removed_by,
            "removed_reason": row.removed_reason}


def list_evidence(store: Store, case_ref: int | str, *, include_removed: bool = False
                  ) -> list[dict[str, Any]]:
    """The case's evidence, oldest first, as plain data."""
    with store.unit_of_work() as uow:
        case_id = uow.cases.find_id(case_ref)
        if case_id is None:
            raise CaseNotFound(case_ref)
        return [_json(r) for r in uow.evidence.for_case(case_id,
                                                        include_removed=include_removed)]


def remove(store: Store, actor: str, evidence_id: int, reason: str, *,
           version: int | None = None) -> Done:
    """Take a file off its case: hidden from it, with a history event saying who, when
    and why. The row and the file stay (an appeal may still need them)."""
    with store.unit_of_work().for_writing() as uow:
        row = uow.evidence.get(evidence_id)
        if row is None:
            raise EvidenceRefused("not_a_file", f"there is no evidence {evidence_id}")
        if row.removed_at is not None:
            raise NoChange(f"{row.file.name} was already removed")
        now = utcnow()
        uow.users.ensure(actor, now)
        found = uow.cases.state(row.case_id, version)
        assert found is not None  # evidence rows go with their case
        planned = h.plan(found[1], [h.Detach(evidence_id, row.file, reason)], now)
        new_version = uow.cases.write(row.case_id, actor, planned.action, now,
                                      planned.after, planned.changes)
        uow.evidence.remove(evidence_id, actor, now, planned.changes["reason"])
        uow.commit()
    return Done(row.case_id, new_version, planned.after.status.value, planned.action,
                planned.changes)


def blob_path(store: Store, sha256: str) -> Path:
    """Where a file's content is, for a viewer that reads files (a video player)."""
    return store.blobs.path(sha256)


def read_blob(store: Store, sha256: str) -> bytes:
    """A file's content, checked against its hash (ValueError if it was changed)."""
    return store.blobs.read_verified(sha256)


def cache_dir(store: Store) -> Path:
    """Where the window keeps the thumbnails it made: the data folder's cache, beside
    the evidence and never in it (that folder holds nothing but content named by its
    hash, which verify checks file by file)."""
    return store.location.data_dir / "cache" / "thumbs"
