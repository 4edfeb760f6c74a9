"""Importing platform exports: one file is one batch, committed a chunk at a time.

Each chunk of CHUNK_ROWS rows is its own transaction, so another agent's write waits
for one chunk, never for the whole file (SQLite has one writer at a time; the next
chunk is read and parsed outside any transaction, which gives a waiting writer its
turn). The batch row says how far it got and stays incomplete (no `finished_at`)
until the last chunk is in. A crash, a kill or a cancel in the middle leaves the
committed chunks, each whole, and the batch incomplete; importing the same file again
resumes that batch: the rows it already wrote are passed over (the same file gives
the same rows in the same order) and its counts go on from where they stopped. Rows
are keyed by (shop, platform case no.) and
(shop, platform order no.); the same file twice changes nothing. A newer export
updates what the platform owns and records each change in the case history
(`app.store.import_writer`). A file that names one case on several lines: the last
line wins, the earlier ones are counted as `superseded` and change nothing, so
that importing the file again finds nothing to change. When that last line cannot
be read, it is reported and the case is left as it was: an older line is not the
platform's newest word.

The report of rejected rows is put in place only once the batch is complete (a
resumed batch reads the whole file again, so its report names every rejected row); a
report left half-written by a killed import is removed at the next import (or put
in place, when its batch did complete).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.clock import utcnow
from app.domain.errors import DomainError
from app.io.errors import CodedError, ImportFileError, Param, UnknownHeaders
from app.io.exporters import ReportWriter
from app.io.parse import ExportReader, Rejected, Skipped, cell_text
from app.io.profiles import AFTERSALES, builtin_profiles
from app.io.targets import check_target
from app.log import logger
from app.services.import_preview import PREVIEW_ROWS, Preview, preview_file
from app.services.import_profiles import (
    ProfileExists,
    ProfileInfo,
    all_profiles,
    field_specs,
    guess_mapping,
    list_profiles,
    pick_profile,
    save_profile,
)
from app.services.rules import rulebook
from app.services.store import Store
from app.store.import_batches import BatchWriter

__all__ = [
    "PREVIEW_ROWS", "ImportCancelled", "ImportFileError", "ImportResult", "Preview",
    "ProfileExists", "ProfileInfo", "UnknownHeaders", "check_file", "field_specs",
    "guess_mapping", "import_file", "list_profiles", "preview_file", "save_profile",
]

CHUNK_ROWS = 1000  # a chunk is what another agent's write may wait for (bench write_wait)
STATISTICS_AFTER = 1000  # inserted rows from which an import refreshes planner statistics
REPORTS = "import-reports"

Progress = Callable[[int, float], None]  # rows read so far, fraction of the file (0..1)
# Says a rejected row's reason (code, params; app.io.errors) in the user's language for
# the report. The window passes its own; without one the report is in English.
Describe = Callable[[str, Mapping[str, Param]], str]
_PART = re.compile(r"^\.(?P<name>.+)\.\d+\.part$")


class ImportCancelled(CodedError, DomainError):
    def __init__(self) -> None:
        super().__init__("import_cancelled")


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
    superseded: int = 0
    # Platform status texts no rule profile knows, kept as text: {text: rows}.
    unknown_platform_statuses: Mapping[str, int] = field(default_factory=dict)
    resumed: bool = False  # this import completed a batch an earlier one left incomplete

    def to_json(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": self.rejected, "report": str(self.report) if self.report else None,
            "skipped": self.skipped, "superseded": self.superseded, "profile": self.profile,
            "platform": self.platform, "list_kind": self.list_kind, "batch": self.batch_id,
            "unknown_platform_statuses": dict(self.unknown_platform_statuses),
            "resumed": self.resumed,
        }


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
    return (store.location.data_dir / REPORTS
            / f"{Path(path).stem}-{stamp}-batch{batch_id}-rejected.csv")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def clean_report_leftovers(store: Store, folder: Path | None = None) -> int:
    """Half-written reports of killed imports: put in place where the batch committed,
    removed where it did not. How many were found."""
    folder = folder or store.location.data_dir / REPORTS
    if not folder.is_dir():
        return 0
    leftovers = [(p, m.group("name")) for p in folder.iterdir()
                 if (m := _PART.match(p.name)) and p.is_file()]
    if not leftovers:
        return 0
    with store.unit_of_work() as uow:
        committed = uow.imports.report_paths()
    for part, name in leftovers:
        final = part.with_name(name)
        if str(final) in committed and not final.exists():
            part.replace(final)
        else:
            part.unlink(missing_ok=True)
    return len(leftovers)


def _case_key(shop: str | None, case_no: str) -> int:
    digest = hashlib.blake2b(f"{shop}\x1f{case_no}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def _repeated_cases(path: Path, profiles: list[Any], platform: str | None, forced: Any,
                    shop: str | None) -> dict[int, int]:
    """Case key -> last line, for the cases an after-sales file names more than once.

    A first, read-only pass keeps 16 bytes a row (a 64-bit key and its line), so that
    memory stays flat in the file's size; only repeated cases are kept in the answer.
    """
    keys, lines = array("q"), array("q")
    with ExportReader(path, profiles, platform=platform, profile=forced,
                      default_shop=shop) as reader:
        for line, shop_name, case_no in reader.case_keys():
            keys.append(_case_key(shop_name, case_no))
            lines.append(line)
    order = sorted(range(len(keys)), key=keys.__getitem__)
    repeated: dict[int, int] = {}
    for prev, cur in itertools.pairwise(order):
        if keys[prev] == keys[cur]:
            k = keys[cur]
            repeated[k] = max(repeated.get(k, 0), lines[prev], lines[cur])
    return repeated


def export_time(path: Path, now: datetime) -> datetime:
    """When the export was made, as well as the file says: its modification time (the
    download), never later than now."""
    try:
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    except OSError:
        return now
    return min(mtime, now)


def import_file(
    store: Store, path: Path, actor: str, *, platform: str | None = None,
    shop: str | None = None, report: Path | None = None, profile: str | None = None,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
    describe: Describe | None = None, overwrite: bool = False,
) -> ImportResult:
    """Import one export file as one batch, a chunk a transaction; see the module doc.

    `describe(code, params)` words the reasons in the report of rejected rows (the
    window's language); without it they are in English. A `report` path that exists is
    refused unless `overwrite`; the store's own files always are.
    """
    path = Path(path)
    if store.read_only_reason:
        raise ImportFileError("read_only", reason=store.read_only_reason,
                              database=store.description)
    if report is not None:
        report = check_target(Path(report), overwrite, store.protected_paths)
    clean_report_leftovers(store)
    with store.unit_of_work() as uow:
        profiles = all_profiles(uow)
    forced = pick_profile(profiles, profile)
    now = utcnow()
    with ExportReader(path, profiles, platform=platform, profile=forced,
                      default_shop=shop) as reader:
        assert reader.plan is not None
        p = reader.plan.profile
        if "shop" not in reader.plan.index and not shop:
            raise ImportFileError("no_shop_column", file=path.name)
        repeated = (_repeated_cases(path, profiles, platform, forced, shop)
                    if p.list_kind == AFTERSALES else {})
        digest = file_sha256(path)
        writer: ReportWriter | None = None
        try:
            with store.unit_of_work().for_writing() as uow:
                earlier = uow.imports.unfinished_batch(file_sha256=digest, profile=p.name)
                # Only the file's name is kept: its folder may say more than the batch needs.
                batch_id = earlier.id if earlier is not None else uow.imports.start_batch(
                    file_name=path.name, file_sha256=digest, profile=p.name, actor=actor,
                    at=now)
                writer = ReportWriter(report or default_report_path(store, path, now, batch_id),
                                      reader.headers, personal=reader.personal_columns)
                uow.users.ensure(actor, now)
                up = uow.imports.writer(actor=actor, now=now, platform=p.platform,
                                        batch_id=batch_id,
                                        response_hours=p.default_deadline_hours,
                                        rules=rulebook(uow, p.platform),
                                        exported_at=export_time(path, now))
                done = 0
                if earlier is not None:
                    up.inserted, up.updated, up.unchanged = (
                        earlier.inserted, earlier.updated, earlier.unchanged)
                    done = earlier.inserted + earlier.updated + earlier.unchanged

                def commit_chunk() -> None:
                    uow.imports.save_progress(batch_id, inserted=up.inserted,
                                              updated=up.updated, unchanged=up.unchanged)
                    uow.commit()

                commit_chunk()  # the batch is on record, incomplete, before any row
                run = _Run(up, p.list_kind, writer, repeated, progress, cancel, describe,
                           done=done, committed=commit_chunk)
                run.all(reader)
                if up.inserted >= STATISTICS_AFTER:
                    uow.imports.refresh_statistics()
                writer.seal()
                final = writer.out if writer.count else None
                uow.imports.finish_batch(batch_id, inserted=up.inserted, updated=up.updated,
                                         unchanged=up.unchanged, rejected=writer.count,
                                         report_path=str(final) if final else None,
                                         at=utcnow())
                uow.commit()
            # Only a complete batch has a report.
            writer.finish()
        finally:
            if writer is not None:
                writer.discard()
    logger.info("import %s batch %s: inserted=%s updated=%s unchanged=%s rejected=%s "
                "superseded=%s", path.name, batch_id, up.inserted, up.updated, up.unchanged,
                writer.count, run.superseded)
    return ImportResult(up.inserted, up.updated, up.unchanged, writer.count, run.skipped,
                        final, batch_id, p.name, p.platform, p.list_kind, run.superseded,
                        dict(sorted(up.unknown_statuses.items())), earlier is not None)


class _Run:
    """Feeds a file's rows to the batch writer in chunks, committing each, with
    progress and cancel. The first `done` rows to write were written by the import
    this one resumes: they are passed over (still read, for the report)."""

    def __init__(self, up: BatchWriter, list_kind: str, writer: ReportWriter,
                 repeated: dict[int, int],
                 progress: Progress | None, cancel: Callable[[], bool] | None,
                 describe: Describe | None, *, done: int = 0,
                 committed: Callable[[], None] = lambda: None) -> None:
        self.up, self.list_kind, self.writer, self.repeated = up, list_kind, writer, repeated
        self.progress, self.cancel, self.describe = progress, cancel, describe
        self.skipped = self.superseded = 0
        self.done, self.commit = done, committed

    def _write(self, chunk: list[Any]) -> None:
        if chunk:
            self.up.write(chunk, self.list_kind)
            self.commit()

    def all(self, reader: ExportReader) -> None:
        chunk: list[Any] = []
        seen = 0
        for item in reader.items():
            seen += 1
            if isinstance(item, Skipped):
                self.skipped += 1
                continue
            if isinstance(item, Rejected):
                reason = item.reason
                if self.describe is not None and item.code:
                    reason = self.describe(item.code, item.params)
                self.writer.add(item.line, reason, [cell_text(c) for c in item.cells])
                continue
            if self.repeated and self._superseded(item):
                self.superseded += 1
                continue
            if self.done:  # written by the import this one resumes
                self.done -= 1
                continue
            chunk.append(item)
            if len(chunk) >= CHUNK_ROWS:
                self._write(chunk)
                chunk = []
                self._tick(seen, reader.fraction())
        self._write(chunk)
        self._tick(seen, 1.0)

    def _superseded(self, item: Any) -> bool:
        last = self.repeated.get(_case_key(item.shop, item.case_no))
        return last is not None and last != item.line

    def _tick(self, seen: int, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()
        if self.progress is not None:
            self.progress(seen, fraction)
