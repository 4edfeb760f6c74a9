"""Opening an offline archive read-only: check the signature and every member, copy the
snapshot and evidence into a private folder (removed when the store closes), and serve
them through a store the engine itself keeps read-only (`mode=ro`, `query_only`).

An archive of another schema than this program's is refused, not migrated: a migrated
copy would no longer be what the signature vouches for, byte for byte.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from app.config import Location, resolve, sqlite_url
from app.domain.archive_info import FORMAT, ArchiveInfo, ArchiveScope, Issue
from app.domain.tree_head import Leaf, TreeHead, head_over
from app.io import archive_file as af
from app.services.signing import fingerprint, load_key, verify_signature
from app.services.store import Store
from app.store import archive_rows, schema
from app.store import engine as engines
from app.store.errors import StoreError
from app.store.opening import remove_tree
from app.store.unit_of_work import make_sessions


def open_archive(path: str | Path, team_dir: Path | None = None) -> Store:
    """The archive at `path` as a read-only store; `store.archive` says what was found.
    `team_dir`: the data folder whose key is this team's (default: the usual one)."""
    path = Path(path).expanduser().resolve()
    if not path.is_file():
        raise StoreError(f"there is no archive {path}", "no_archive", path=str(path))
    try:
        reader = af.ArchiveReader(path)
        manifest, manifest_ok = _manifest(reader)
    except (ValueError, KeyError) as err:
        raise StoreError(f"{path} is not an archive of Aftersales Desk: {err}", "not_archive",
                         path=str(path), detail=str(err)) from err
    issues: list[Issue] = [] if manifest_ok else [("manifest_signature", "")]
    issues += member_problems(reader, manifest)
    issues += head_problems(manifest)
    public_raw = bytes.fromhex(str(manifest.get("public_key", "")))
    team = load_key(team_dir or resolve().data_dir)
    info = ArchiveInfo(
        path=path, made_at=_when(manifest.get("made_at")),
        made_by=str(manifest.get("made_by") or "?"),
        scope=ArchiveScope.from_json(dict(manifest.get("scope") or {})),
        fingerprint=fingerprint(public_raw), verified=not issues,
        key_matches=team is not None and team.public_raw == public_raw,
        team_key_here=team is not None, issues=issues, manifest=manifest)
    if manifest.get("schema") != schema.HEAD_REVISION:
        raise StoreError(
            f"the archive {path} holds schema {manifest.get('schema')!r}, this program reads "
            f"{schema.HEAD_REVISION}; open it with the version of Aftersales Desk that made it",
            "archive_schema", path=str(path), revision=str(manifest.get("schema")))
    info.folder = Path(tempfile.mkdtemp(prefix="aftersales-archive-"))
    try:
        return _serve(reader, info)
    except ValueError as err:  # a member that cannot be copied out as it was written
        remove_tree(info.folder)
        found = "; ".join([*info.problems, str(err)])
        raise StoreError(f"the archive {path} does not verify: {found}", "archive_damaged",
                         path=str(path), detail=found) from err
    except BaseException:
        remove_tree(info.folder)
        raise


def _manifest(reader: af.ArchiveReader) -> tuple[dict[str, Any], bool]:
    names = reader.names()
    if af.MANIFEST not in names:
        raise ValueError("it has no manifest.json")
    data = reader.read(af.MANIFEST)
    try:
        manifest = json.loads(data)
    except ValueError:
        raise ValueError("manifest.json changed: it is no longer readable") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ValueError(f"its manifest is not of format {FORMAT}")
    try:
        signature = bytes.fromhex(reader.read(af.SIGNATURE).decode("ascii"))
        public_raw = bytes.fromhex(str(manifest.get("public_key", "")))
    except (KeyError, ValueError, UnicodeDecodeError):
        return manifest, False
    return manifest, verify_signature(public_raw, signature, data)


def member_problems(reader: af.ArchiveReader, manifest: dict[str, Any]) -> list[Issue]:
    """Each member against the manifest's hash and size; missing and extra ones."""
    listed: dict[str, Any] = dict(manifest.get("members") or {})
    present = set(reader.names()) - {af.MANIFEST, af.SIGNATURE}
    problems = [("member_missing", name) for name in sorted(set(listed) - present)]
    problems += [("member_extra", name) for name in sorted(present - set(listed))]
    if af.SIGNATURE not in reader.names():
        problems.append(("member_missing", af.SIGNATURE))
    for name in sorted(set(listed) & present):
        try:
            same = reader.sha256(name) == listed[name].get("sha256")
        except ValueError:
            same = False
        if not same:
            problems.append(("member_changed", name))
    return problems


def head_problems(manifest: dict[str, Any]) -> list[Issue]:
    """The tree head is signed and is the root over the manifest's own case list."""
    try:
        th = dict(manifest["tree_head"])
        signature = bytes.fromhex(str(th.pop("signature", "")))
        head = TreeHead.from_json(th)
        leaves = [Leaf(int(c["id"]), int(c["history_len"]), str(c["history_head"]))
                  for c in manifest["cases"]]
        public_raw = bytes.fromhex(str(manifest["public_key"]))
    except (KeyError, ValueError, TypeError):
        return [("head_unreadable", "")]
    problems: list[Issue] = []
    if not verify_signature(public_raw, signature, head.canonical()):
        problems.append(("head_signature", ""))
    again = head_over(leaves, head.made_at, head.scope)
    if (again.root, again.cases, again.events) != (head.root, head.cases, head.events):
        problems.append(("head_mismatch", ""))
    return problems


def _serve(reader: af.ArchiveReader, info: ArchiveInfo) -> Store:
    assert info.folder is not None
    snapshot = info.folder / af.SNAPSHOT
    if af.SNAPSHOT not in reader.names():
        found = "; ".join(info.problems)
        raise StoreError(f"the archive {info.path} does not verify: {found}", "archive_damaged",
                         path=str(info.path), detail=found)
    reader.extract(af.SNAPSHOT, snapshot)
    evidence = info.folder / "evidence"
    for name in reader.names():
        sha = name[len(af.EVIDENCE):]
        if name.startswith(af.EVIDENCE) and len(sha) == 64 and sha.isalnum():
            out = evidence / sha[:2] / sha
            out.parent.mkdir(parents=True, exist_ok=True)
            reader.extract(name, out)
            os.chmod(out, stat.S_IREAD)
    os.chmod(snapshot, stat.S_IREAD)
    location = Location(info.folder, sqlite_url(snapshot), evidence)
    engine = engines.make_engine(location.db_url, read_only=True)
    store = Store(location, engine, make_sessions(engine), info.read_only_reason, archive=info)
    try:
        version = archive_rows.snapshot_revision(engine)
    except StoreError as err:
        engine.dispose()
        found = "; ".join(info.problems) or str(err)
        raise StoreError(f"the archive {info.path} does not verify: {found}", "archive_damaged",
                         path=str(info.path), detail=found) from err
    if version != schema.HEAD_REVISION:
        engine.dispose()
        found = f"its snapshot holds schema {version!r}"
        raise StoreError(f"the archive {info.path} does not verify: {found}", "archive_damaged",
                         path=str(info.path), detail=found)
    return store


def case_problems(store: Store) -> list[str]:
    """The snapshot's cases against the manifest: each one's history length and head."""
    assert store.archive is not None
    listed = {int(c["id"]): c for c in store.archive.manifest.get("cases") or ()}
    with store.unit_of_work() as uow:
        rows = archive_rows.case_leaves_in(uow.session)
    problems = []
    for cid, case_no, length, head in rows:
        want = listed.pop(cid, None)
        if want is None:
            problems.append(f"case {case_no} (id {cid}) is not in the manifest")
        elif (length, head) != (int(want["history_len"]), str(want["history_head"])):
            problems.append(f"case {case_no} (id {cid}): its history differs from the manifest's")
    problems += [f"case {c['case_no']} (id {cid}) is missing from the snapshot"
                 for cid, c in sorted(listed.items())]
    return problems


def archive_check(store: Store) -> dict[str, Any]:
    """For `--archive FILE verify`: everything opening found, the cases against the manifest,
    and whose key signed it."""
    info = store.archive
    assert info is not None
    problems = list(info.problems) + case_problems(store)
    warnings = []
    if not info.key_matches:
        if info.team_key_here:
            problems.append(f"signed by another key ({info.fingerprint}), not this team's")
        else:
            warnings.append("no team key in this data folder to compare the signature with")
    return {**info.to_json(), "problems": problems, "warnings": warnings}


def _when(raw: object) -> datetime:
    try:
        return datetime.fromisoformat(str(raw)).replace(tzinfo=None)
    except ValueError:
        return datetime(1970, 1, 1)
