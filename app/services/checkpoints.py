"""Anchoring the history outside the store: a checkpoint file signs a tree head over
every case's chain; `verify --against` a checkpoint (or an archive) proves the live
store still holds all it vouched for, unchanged and only appended to since.

The archive carries the same signed head and leaves in its manifest, read by its own
module through `read_archive_anchor` (ANCHOR_READERS: each returns None for a file that
is not its format), so the two files are judged by one rule.
"""

from __future__ import annotations

import importlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain import anchor as rules
from app.domain.anchor import Anchor, AnchorTampered, Finding
from app.domain.clock import iso_utc, utcnow
from app.domain.errors import DomainError
from app.domain.history import GENESIS_HASH
from app.domain.permissions import Permission
from app.domain.tree_head import Leaf, RootBuilder, TreeHead
from app.io.checkpoint_file import pack, read_checkpoint, write_checkpoint
from app.io.targets import check_target
from app.services import access
from app.services.signing import (
    fingerprint,
    key_path,
    load_key,
    load_or_create_key,
    verify_signature,
)
from app.services.store import Store
from app.store.history import case_numbers, iter_chains, iter_leaf_rows

MAX_LISTED = 1000
TEAM_KEY = "this team's key"

AnchorReader = Callable[[Path], Anchor | None]
ARCHIVE_MODULE = "app.services.archive"


def read_archive_anchor(path: Path) -> Anchor | None:
    """An archive's signed head and leaves, read by the archive's own module (its
    `read_anchor(path)`, which raises ValueError for a file it cannot read); None for a
    file that is no zip, or while this build has no archives."""
    if not zipfile.is_zipfile(path):
        return None
    try:
        archive = importlib.import_module(ARCHIVE_MODULE)
    except ImportError:
        return None
    reader = getattr(archive, "read_anchor", None)
    if reader is None:
        return None
    try:
        found = reader(path)
    except (ValueError, KeyError, TypeError) as exc:
        raise AnchorTampered(str(path), f"its manifest is not readable ({exc})") from exc
    return Anchor(found.head, found.signature, found.public_raw, list(found.leaves),
                  kind="archive")


# Tried in order; the first that knows the file's format reads it.
ANCHOR_READERS: list[AnchorReader] = [read_checkpoint, read_archive_anchor]


class NotAnAnchor(DomainError):
    code = "not_an_anchor"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is neither a checkpoint nor an archive of this program")
        self.path = path


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    head: TreeHead
    fingerprint: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "cases": self.head.cases, "events": self.head.events,
                "root": self.head.root, "made_at": self.head.made_at,
                "fingerprint": self.fingerprint, "bytes": self.size}


def _made_at(now: datetime | None) -> str:
    return iso_utc((now or utcnow()).replace(microsecond=0)) or ""


def _leaf(case_id: int, length: int | None, head: str | None) -> Leaf:
    return Leaf(case_id, length or 0, head or GENESIS_HASH)


def team_fingerprint(data_dir: Path) -> str | None:
    """The data folder's key's fingerprint; None before the first archive or checkpoint
    made it (reading never makes one)."""
    key = load_key(data_dir)
    return key.fingerprint if key is not None else None


def make_checkpoint(store: Store, out: Path, actor: str, *, overwrite: bool = False,
                    now: datetime | None = None) -> Checkpoint:
    """Sign a tree head over every case as its row stands, and write it with its leaves
    as one file (whole or not at all). Never over the store's own files or its key."""
    access.require(store, actor, Permission.MAKE_ARCHIVE)
    data_dir = store.location.data_dir
    target = check_target(Path(out), overwrite,
                          (*store.protected_paths, key_path(data_dir).parent))
    records = bytearray()
    builder = RootBuilder()
    events = 0
    with store.unit_of_work() as uow:  # one read: the counts and leaves agree
        for chunk in iter_leaf_rows(uow.session):
            for case_id, length, newest in chunk:
                leaf = _leaf(case_id, length, newest)
                try:
                    records += pack(leaf.case_id, leaf.length, leaf.head)
                except ValueError as exc:
                    raise DomainError(
                        f"case {case_id}'s history head is not a hash (the store was edited "
                        "outside the program); run verify") from exc
                builder.add(leaf)
                events += leaf.length
    head = TreeHead(_made_at(now), builder.count, events, builder.root(), {})
    key = load_or_create_key(data_dir)
    size = write_checkpoint(target, head, key.sign(head.canonical()), key.public_raw,
                            key.fingerprint, [bytes(records)])
    return Checkpoint(target, head, key.fingerprint, size)


def read_anchor(path: Path) -> Anchor:
    """The checkpoint's or archive's anchor, checked whole: its leaves sum up to the
    signed root and the signature holds under the key it carries (AnchorTampered
    otherwise; NotAnAnchor for any other file)."""
    path = Path(path)
    if not path.is_file():
        raise DomainError(f"{path} is not a file")
    for reader in ANCHOR_READERS:
        found = reader(path)
        if found is None:
            continue
        problem = rules.leaves_problem(found.head, found.leaves)
        if problem is not None:
            raise AnchorTampered(str(path), problem)
        carried = fingerprint(found.public_raw)
        if found.claimed_fingerprint not in (None, carried):
            raise AnchorTampered(str(path), f"its header names the key "
                                            f"{found.claimed_fingerprint} but carries {carried}")
        if not verify_signature(found.public_raw, found.signature, found.head.canonical()):
            raise AnchorTampered(str(path), "its signature does not match its head (the "
                                            "head was edited, or the key it names swapped)")
        return found
    raise NotAnAnchor(str(path))


@dataclass
class AgainstReport:
    file: str
    database: str
    kind: str = ""
    signature: str = "valid"  # or "tampered"
    problem: str | None = None  # why the file itself is refused
    key_matches: bool = False
    signed_by: str = ""
    fingerprint: str | None = None
    team_fingerprint: str | None = None
    made_at: str = ""
    scope: dict[str, Any] = field(default_factory=dict)  # an archive's filter; {}: every case
    cases_vouched: int = 0
    events_vouched: int = 0
    findings: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {
        rules.REWRITTEN: [], rules.TRUNCATED: [], rules.REMOVED: [], rules.BROKEN_SINCE: []})
    failed_total: int = 0
    added: int = 0
    appended: int = 0

    @property
    def ok(self) -> bool:
        return self.problem is None and self.key_matches and self.failed_total == 0

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "file": self.file, "kind": self.kind,
                "database": self.database, "signature": self.signature,
                "problem": self.problem, "key_matches": self.key_matches,
                "signed_by": self.signed_by, "fingerprint": self.fingerprint,
                "team_fingerprint": self.team_fingerprint, "made_at": self.made_at,
                "scope": self.scope, "cases_vouched": self.cases_vouched,
                "events_vouched": self.events_vouched,
                **self.findings, "failed_total": self.failed_total,
                "added": self.added, "appended": self.appended}


def verify_against(store: Store, path: Path) -> AgainstReport:
    """Does the live store still hold every chain the file vouched for? Each vouched
    case is recomputed from its events (its row's head may be forged as well)."""
    report = AgainstReport(file=str(path), database=store.description)
    team = load_key(store.location.data_dir)
    report.team_fingerprint = team.fingerprint if team else None
    try:
        found = read_anchor(path)
    except AnchorTampered as exc:
        report.signature, report.problem = "tampered", exc.detail
        return report
    report.kind, report.made_at = found.kind, found.head.made_at
    report.scope = found.head.scope
    report.fingerprint = fingerprint(found.public_raw)
    report.key_matches = team is not None and team.public_raw == found.public_raw
    report.signed_by = TEAM_KEY if report.key_matches else f"another key {report.fingerprint}"
    report.cases_vouched, report.events_vouched = found.head.cases, found.head.events
    _compare(store, found, report)
    return report


def _compare(store: Store, found: Anchor, report: AgainstReport) -> None:
    failed: list[Finding] = []
    leaves = iter(found.leaves)
    leaf = next(leaves, None)
    orphans: dict[int, int] = {}  # events whose case row is gone
    with store.unit_of_work() as uow:
        for stored in iter_chains(uow.session):
            if stored.head is None:
                orphans[stored.case_id] = orphans.get(stored.case_id, 0) + 1
                continue
            while leaf is not None and leaf.case_id < stored.case_id:
                failed.append(rules.gone(leaf, orphans.get(leaf.case_id, 0)))
                leaf = next(leaves, None)
            if leaf is None or leaf.case_id != stored.case_id:
                report.added += 1
                continue
            finding = rules.judge(leaf, stored.events)
            if finding is None:
                report.appended += len(stored.events) - leaf.length
            else:
                failed.append(finding)
            leaf = next(leaves, None)
        while leaf is not None:
            failed.append(rules.gone(leaf, orphans.get(leaf.case_id, 0)))
            leaf = next(leaves, None)
        report.failed_total = len(failed)
        listed = failed[:MAX_LISTED]
        numbers = case_numbers(uow.session, (f.case_id for f in listed))
    for f in listed:
        report.findings[f.verdict].append({**f.to_json(), "case_no": numbers.get(f.case_id)})
