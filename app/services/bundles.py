"""Making an appeal bundle of a case: its evidence, a manifest of hashes and a summary,
in one ZIP the agent uploads to the platform or hands to a colleague.

The case's data comes from case_detail and list_evidence, the platform's limits from its
rule profile; app.io builds the names, the page and the file; the case's history
records that it was made. Nothing is written over
the database, its backups or the evidence folder, nor over an existing file unless the
agent said so.

No buyer's data guard (EXPORT_BUYER_DATA): the bundle carries the buyer's nickname at
most, never their name, phone or address, and it goes to the platform that holds them;
making it is an agent's everyday work (appeals).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.domain.clock import iso_utc, utcnow
from app.domain.evidence import MediaType
from app.io.bundle_names import entry_names
from app.io.bundle_summary import summary_html
from app.io.bundle_words import CHINA, warning
from app.io.bundle_zip import BlobDamaged, Member, manifest, write_zip
from app.io.targets import check_target
from app.services.case_spend import case_spend
from app.services.cases import case_detail
from app.services.evidence import list_evidence
from app.services.playbooks import playbook_json
from app.services.rules import rule_profile
from app.services.store import Store

__all__ = ["BlobDamaged", "BundleResult", "write_bundle"]

LANGS = ("zh_CN", "en")


@dataclass(frozen=True)
class BundleResult:
    path: Path
    files: int
    sha256: str
    warnings: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"bundle": str(self.path), "files": self.files, "sha256": self.sha256,
                "warnings": list(self.warnings)}


def write_bundle(store: Store, case_ref: int | str, out: Path, actor: str,
                 lang: str = "zh_CN", overwrite: bool = False,
                 now: datetime | None = None) -> BundleResult:
    """Bundle the evidence the case shows (removed files stay out) with its manifest and
    a summary in `lang`. BlobDamaged names a file missing from or changed in the evidence
    folder; a target that may not be written is refused before anything is read."""
    if lang not in LANGS:
        raise ValueError(f"the bundle's language is one of {', '.join(LANGS)}, not {lang!r}")
    target = check_target(Path(out), overwrite, store.protected_paths)
    detail = case_detail(store, case_ref)
    rows = list_evidence(store, detail["id"])
    made = now or utcnow()
    names = entry_names([(r["name"], MediaType(r["type"])) for r in rows])
    files = [{"path": name, "sha256": r["sha256"], "size": r["size"], "type": r["type"],
              "original_name": r["name"], "added_by": r["added_by"],
              "added_at": r["added_at"], "step": r["step"], "note": r["note"] or ""}
             for name, r in zip(names, rows, strict=True)]
    limits = rule_profile(detail["platform"]).evidence
    exceeded = limits.exceeded((f["path"], f["type"], f["note"]) for f in files)
    warnings = [warning(e, detail["platform"], lang) for e in exceeded]
    steps = _step_titles(detail, lang)
    made_at = iso_utc(made) or ""
    page = summary_html(detail, files, lang=lang, made_at=made_at, made_by=actor,
                        warnings=warnings, steps=steps,
                        money=case_spend(store, detail["id"])).encode("utf-8")
    head = {"id": detail["id"], "case_no": detail["case_no"], "platform": detail["platform"],
            "shop": detail["shop"], "order_no": (detail.get("order") or {}).get("order_no"),
            "kind": detail["kind"], "status": detail["status"]}
    data = manifest(made_at=made_at, made_by=actor, lang=lang, case=head, summary=page,
                    files=files, warnings=warnings)
    members = [Member(f["path"], f["original_name"], f["sha256"], f["size"],
                      MediaType(f["type"]), _opener(store, f["sha256"])) for f in files]
    digest = write_zip(target, data, page, members, _china(made))
    if store.read_only_reason:
        # An archive (or a store opened read-only) holds no new history: the bundle is
        # an export like any other reading of it.
        return BundleResult(target, len(files), digest, warnings)
    try:
        _record(store, detail["id"], actor, made, target.name, len(files))
    except BaseException:
        # A disclosure the history does not hold must not stay on disk.
        target.unlink(missing_ok=True)
        raise
    return BundleResult(target, len(files), digest, warnings)


def _record(store: Store, case_id: int, actor: str, at: datetime, name: str,
            files: int) -> None:
    """The bundle put the case's evidence in someone's hands: a history event (the
    file's name and how many files, never the buyer's data), which the audit's
    Exports finds; the case itself, its times included, stays as it was."""
    with store.unit_of_work().for_writing() as uow:
        uow.cases.log(case_id, actor, "bundle_exported", at, {"file": name, "files": files})
        uow.commit()


def _china(at: datetime) -> datetime:
    """The store's naive UTC as China's wall clock, which dates the zip's entries."""
    return at.replace(tzinfo=UTC).astimezone(CHINA).replace(tzinfo=None)


def _step_titles(detail: dict[str, Any], lang: str) -> dict[str, str]:
    if not detail.get("playbook"):
        return {}
    book = playbook_json(detail, lang)
    return {s["key"]: s["title"] for s in book.get("steps", [])}


def _opener(store: Store, sha256: str) -> Callable[[], BinaryIO]:
    return lambda: store.blobs.open(sha256)
