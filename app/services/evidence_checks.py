"""Checking the evidence (for `verify`) and copying it (for `backup`).

Every file is hashed again and compared with the name it is stored under; every
evidence row must be one its case's history recorded, so a row added or re-pointed
outside the program is found as surely as an altered file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.history import StoredEvent
from app.services.store import Store
from app.store.blobs import BlobStore

MAX_LISTED = 1000


def recorded(events: Iterable[StoredEvent]) -> set[tuple[int, str]]:
    """(case id, sha256) of every file these events attached."""
    out: set[tuple[int, str]] = set()
    for ev in events:
        if ev.action != "evidence":
            continue
        try:
            files = json.loads(ev.changes_json).get("evidence") or ()
            out.update((ev.case_id, str(f["sha256"])) for f in files)
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a damaged event: the chain check reports it
    return out


@dataclass
class EvidenceCheck:
    files_checked: int = 0
    blobs_checked: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    problems_total: int = 0

    def add(self, problem: dict[str, Any]) -> None:
        self.problems_total += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(problem)


def _problem(row: tuple[str, int, str, str, int], problem: str, words: str) -> dict[str, Any]:
    sha, case_id, case_no, name, evidence_id = row
    return {"case_id": case_id, "case_no": case_no, "evidence_id": evidence_id,
            "file": name, "sha256": sha, "problem": problem,
            "text": f"case {case_no}: {name} {words}"}


def check(store: Store, in_history: set[tuple[int, str]]) -> EvidenceCheck:
    """Re-hash every stored file once, and match every row with its case's history."""
    out = EvidenceCheck()
    last_sha, state = "", ""
    with store.unit_of_work() as uow:
        for row in uow.evidence.every_file():
            sha, case_id = row[0], row[1]
            out.files_checked += 1
            if sha != last_sha:
                found = store.blobs.rehash(sha)
                state = "missing" if found is None else ("ok" if found == sha else "altered")
                last_sha = sha
                out.blobs_checked += 1
            if state == "missing":
                out.add(_problem(row, "missing", "is missing from the evidence folder"))
            elif state == "altered":
                out.add(_problem(row, "altered", "was changed on disk: its content no longer "
                                                 "matches the hash recorded when it was attached"))
            if (case_id, sha) not in in_history:
                out.add(_problem(row, "not_in_history", "is not in the case's history "
                                                        "(added outside the program)"))
    return out


@dataclass
class BlobCopy:
    folder: Path
    copied: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)


def copy_blobs(store: Store, folder: Path) -> BlobCopy:
    """Every file the evidence rows name, copied into `folder` in the same layout and
    checked on the way: a missing or altered one is not copied, and is listed."""
    target = BlobStore(folder)
    out = BlobCopy(folder)
    last_sha = ""
    with store.unit_of_work() as uow:
        rows = list(uow.evidence.every_file())
    for row in rows:
        sha = row[0]
        if sha == last_sha:
            continue
        last_sha = sha
        try:
            with store.blobs.open(sha) as src:
                copied = target.put(src)
        except FileNotFoundError:
            out.problems.append(_problem(row, "missing", "is missing from the evidence folder"))
            continue
        if copied.sha256 != sha:
            target.remove_unreferenced(copied.sha256)
            out.problems.append(_problem(row, "altered", "was changed on disk; not copied"))
            continue
        out.copied += 1
    return out
