"""`archive OUT`: one file a supervisor carries offline — a consistent SQLite snapshot of
the included cases, their evidence, and a manifest of every case's history head with a
tree head over them, signed with the team's key (app.services.signing).

The manifest's exact bytes are signed (manifest.sig); the manifest names every member's
SHA-256, so one signature vouches for the whole file. The tree head is signed on its
own as well: `verify --against ARCHIVE` needs only it and the leaves (read_anchor).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.config import sqlite_url
from app.domain.archive_info import FORMAT, ArchiveScope
from app.domain.clock import iso_utc, utcnow
from app.domain.permissions import Permission
from app.domain.tree_head import Leaf, TreeHead, head_over
from app.io import archive_file as af
from app.io.targets import check_target
from app.services import access
from app.services.signing import load_or_create_key, verify_signature
from app.services.store import Store
from app.store import archive_rows, schema
from app.store import engine as engines
from app.store.archive_rows import Copier
from app.store.errors import StoreError


@dataclass
class Made:
    path: Path
    manifest: dict[str, Any]
    evidence_problems: list[dict[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.evidence_problems

    def to_json(self) -> dict[str, Any]:
        m = self.manifest
        return {"ok": self.ok, "path": str(self.path),
                "made_at": m["made_at"], "made_by": m["made_by"], "scope": m["scope"],
                "cases": m["tree_head"]["cases"], "events": m["tree_head"]["events"],
                "evidence_files": sum(1 for k in m["members"] if k.startswith(af.EVIDENCE)),
                "counts": m["counts"], "fingerprint": m["fingerprint"],
                "evidence_problems": self.evidence_problems}


def make_archive(store: Store, out: Path, scope: ArchiveScope, actor: str, *,
                 force: bool = False, key_dir: Path | None = None) -> Made:
    """Write the archive of `scope` to `out`; refused unless `actor` may make archives."""
    access.require(store, actor, Permission.MAKE_ARCHIVE)
    if store.archive is not None:
        raise StoreError(f"{store.read_only_reason}; make archives from the live store",
                         "archive_read_only", **store.archive.facts())
    target = check_target(Path(out), overwrite=force, protected_paths=store.protected_paths)
    key = load_or_create_key(key_dir or store.location.data_dir)
    work = Path(tempfile.mkdtemp(prefix="aftersales-archive-make-"))
    writer: af.ArchiveWriter | None = None
    try:
        snapshot = work / af.SNAPSHOT
        copier, made_at = _copy_rows(store, scope, snapshot)
        writer = af.ArchiveWriter(target)
        writer.add_file(af.SNAPSHOT, snapshot)
        problems = _add_evidence(store, writer, archive_rows.evidence_shas(copier))
        leaves = sorted(copier.leaves)
        head = head_over((Leaf(c, n, h) for c, _no, n, h in leaves), iso_utc(made_at) or "",
                         scope.to_json())
        manifest = {
            "format": FORMAT, "schema": schema.HEAD_REVISION,
            "made_at": iso_utc(made_at), "made_by": actor,
            "made_by_role": access.role(store, actor), "scope": scope.to_json(),
            "store": store.description,
            "counts": dict(sorted(copier.counts.items())),
            "members": {k: {"sha256": m.sha256, "size": m.size}
                        for k, m in sorted(writer.members.items())},
            "cases": [{"id": c, "case_no": no, "history_len": n, "history_head": h}
                      for c, no, n, h in leaves],
            "tree_head": {**head.to_json(), "signature": key.sign(head.canonical()).hex()},
            "public_key": key.public_raw.hex(), "fingerprint": key.fingerprint,
            "evidence_problems": problems,
        }
        data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        writer.add_bytes(af.MANIFEST, data)
        writer.add_bytes(af.SIGNATURE, key.sign(data).hex().encode("ascii"))
        writer.commit()
        writer = None
        return Made(target, manifest, problems)
    except OSError as err:
        raise StoreError(f"the archive {target} could not be written: {err}; nothing was left "
                         "under that name", "archive_failed", path=str(target),
                         detail=str(err)) from err
    finally:
        if writer is not None:
            writer.abandon()
        shutil.rmtree(work, ignore_errors=True)


def _copy_rows(store: Store, scope: ArchiveScope, snapshot: Path) -> tuple[Copier, Any]:
    start, end = scope.utc_bounds()
    engine = engines.make_engine(sqlite_url(snapshot))
    try:
        schema.upgrade(engine, None)
        with archive_rows.read_consistently(store.engine) as src, src.begin(), \
                engine.begin() as dst:
            made_at = utcnow()
            ids = archive_rows.included_case_ids(src, start, end, scope.shop)
            copier = archive_rows.copy_included(src, dst, ids)
        with engine.begin() as conn:
            engines.refresh_planner_statistics(conn)
    finally:
        engine.dispose()
    engines.compact_sqlite(snapshot)
    return copier, made_at


def _add_evidence(store: Store, writer: af.ArchiveWriter, shas: list[str]
                  ) -> list[dict[str, str]]:
    """Each file once, checked against its name as it is copied; a missing or altered one
    is left out and listed (the rest of the archive is still made)."""
    problems: list[dict[str, str]] = []
    for sha in shas:
        found = store.blobs.rehash(sha)
        if found != sha:
            problems.append({"sha256": sha, "problem": "missing" if found is None else "changed"})
            continue
        with store.blobs.open(sha) as f:
            writer.add_stream(af.EVIDENCE + sha, f)
    return problems


@dataclass(frozen=True)
class Anchor:
    """What an archive vouches for, for `verify --against`: the signed head and its leaves."""

    head: TreeHead
    leaves: list[Leaf]
    public_raw: bytes
    signature: bytes

    @property
    def signed(self) -> bool:
        return verify_signature(self.public_raw, self.signature, self.head.canonical())


def read_anchor(path: Path) -> Anchor:
    """The archive's tree head and leaves (ValueError if it is not an archive)."""
    reader = af.ArchiveReader(Path(path))
    if af.MANIFEST not in reader.names():
        raise ValueError(f"{path} has no manifest: not an archive of Aftersales Desk")
    manifest = json.loads(reader.read(af.MANIFEST))
    th = dict(manifest["tree_head"])
    signature = bytes.fromhex(str(th.pop("signature", "")))
    leaves = [Leaf(int(c["id"]), int(c["history_len"]), str(c["history_head"]))
              for c in manifest["cases"]]
    return Anchor(TreeHead.from_json(th), leaves, bytes.fromhex(manifest["public_key"]),
                  signature)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(af.CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()
