"""Making an appeal bundle puts a case's evidence in someone's hands: the case's history
records it (the file's name and count, no buyer data), `verify` stays ok, and the
audit's Exports finds it; a bundle whose event cannot be written is not left behind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.audit_filter import EXPORTS, AuditFilter
from app.services import evidence as ev
from app.services.audit import audit_events, export_audit
from app.services.bundles import write_bundle
from app.services.cases import case_detail
from app.services.verify import verify, verify_case
from tests.evidence_files import png
from tests.services.test_bundles import attach, case_on


def test_a_bundle_is_recorded_and_the_history_still_verifies(demo_store, tmp_path: Path) -> None:
    case = case_on(demo_store, "pinduoduo")
    attach(demo_store, case, ev.Source("破损.png", data=png(seed=1)),
           ev.Source("外箱.png", data=png(seed=2)))
    before = case_detail(demo_store, case)
    write_bundle(demo_store, case, tmp_path / "appeal.zip", "lina")
    after = case_detail(demo_store, case)
    last = after["history"][-1]
    assert len(after["history"]) == len(before["history"]) + 1
    assert (last["actor"], last["action"]) == ("lina", "bundle_exported")
    assert last["changes"] == {"file": "appeal.zip", "files": 2}
    # nothing of the buyer's in the event
    buyer = before["order"]["buyer"]
    text = json.dumps(last, ensure_ascii=False)
    assert all(v not in text for v in (buyer.get("phone"), buyer.get("name")) if v)
    assert after["status"] == before["status"] and after["updated_at"] == before["updated_at"]
    assert verify(demo_store).ok and verify_case(demo_store, case).ok
    found = audit_events(demo_store, AuditFilter(actions=EXPORTS), "zhaoli").events
    assert [(e["case_id"], e["actor"]) for e in found] == [(case, "lina")]


def test_a_bundle_whose_event_fails_is_removed(demo_store, tmp_path: Path, monkeypatch) -> None:
    from app.services import bundles

    def refuse(*_a: Any) -> None:
        raise RuntimeError("the store went away")

    monkeypatch.setattr(bundles, "_record", refuse)
    case = case_on(demo_store, "douyin")
    with pytest.raises(RuntimeError):
        write_bundle(demo_store, case, tmp_path / "appeal.zip", "lina")
    assert not (tmp_path / "appeal.zip").exists()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_filtered_audit_exports_in_words(demo_store, tmp_path: Path, suffix: str) -> None:
    case = case_on(demo_store, "douyin")
    write_bundle(demo_store, case, tmp_path / "=cmd.zip", "lina")
    out = tmp_path / f"audit.{suffix}"
    done = export_audit(demo_store, AuditFilter(actions=EXPORTS), "zhaoli", out, lang="en")
    assert done.rows == 1
    if suffix == "csv":
        lines = out.read_text("utf-8-sig").splitlines()
        assert lines[0] == "Time,Who,Action,Case no.,Shop,Details"
        assert "Appeal bundle exported" in lines[1] and "'=cmd.zip (0 files)" in lines[1]
    else:
        from openpyxl import load_workbook

        rows = list(load_workbook(out).active.iter_rows(values_only=True))
        assert rows[1][1:4] == ("lina", "Appeal bundle exported",
                                case_detail(demo_store, case)["case_no"])


def test_a_read_only_store_bundles_without_recording(demo_store, tmp_path: Path,
                                                     monkeypatch) -> None:
    case = case_on(demo_store, "douyin")
    before = len(case_detail(demo_store, case)["history"])
    monkeypatch.setattr(demo_store, "read_only_reason", "an archive, opened read-only")
    result = write_bundle(demo_store, case, tmp_path / "appeal.zip", "zhaoli")
    assert result.path.exists()
    assert len(case_detail(demo_store, case)["history"]) == before
