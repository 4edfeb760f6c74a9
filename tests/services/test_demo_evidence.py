"""The demo's evidence: a few cases due soon get real files, attached as an agent
attaches them (a history event each time, on the playbook step they back up)."""

from __future__ import annotations

from datetime import timedelta

from app.services import demo
from app.services import evidence as ev
from app.services.cases import case_detail
from app.services.verify import verify
from tests.conftest import FIXED_NOW


def test_demo_attaches_its_files_to_cases_due_soon_and_history_records_them(store) -> None:
    counts = demo.generate(store, 600, seed=5, now=FIXED_NOW)
    assert counts.evidence >= 10
    with store.unit_of_work() as uow:
        ids = [cid for _sha, cid, *_ in uow.evidence.every_file()]
    assert ids
    on_cases = {cid: ev.list_evidence(store, cid) for cid in set(ids)}
    assert sum(len(rows) for rows in on_cases.values()) == counts.evidence
    box = [(cid, r) for cid, rows in on_cases.items() for r in rows
           if r["name"] == "parcel-box-dented.jpg"]
    assert box and all(r["step"] == "confirm_problem" and r["type"] == "jpeg" for _c, r in box)
    soon = 0
    for cid, _row in box:
        d = case_detail(store, cid)
        assert "evidence" in [e["action"] for e in d["history"]]
        assert "confirm_problem" not in d["playbook"]["missing_evidence"]
        soon += FIXED_NOW.isoformat() <= d["deadline"][:19] <= (
            FIXED_NOW + timedelta(hours=24)).isoformat()
    assert soon  # the window opens on cases due soon: one of them shows its evidence
    # Every demo file is what its row says: verify re-hashes them.
    assert verify(store).ok


def test_demo_without_evidence_attaches_nothing(store) -> None:
    counts = demo.generate(store, 200, seed=5, now=FIXED_NOW, evidence=False)
    assert counts.evidence == 0
    assert not store.blobs.root.exists() or not any(store.blobs.root.rglob("*"))
