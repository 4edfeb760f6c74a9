"""Evidence on a team's PostgreSQL store: the blobs go to the shared folder every agent
configures, by the same code as on SQLite, and two agents attaching at once are safe."""

from __future__ import annotations

import threading

import pytest

from app.services import evidence as ev
from app.services.store import open_store
from app.services.verify import verify
from tests.evidence_files import png


@pytest.fixture
def shared(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "share" / "evidence"
    monkeypatch.setenv("AFTERSALES_EVIDENCE_DIR", str(folder))
    return folder


def test_two_agents_on_postgres_share_one_evidence_folder(shared, pg_url, tmp_path):  # type: ignore[no-untyped-def]
    from app.services import demo
    from tests.conftest import FIXED_NOW

    lina = open_store(tmp_path / "lina", pg_url)
    bob = open_store(tmp_path / "bob", pg_url)
    try:
        demo.generate(lina, 30, seed=2, now=FIXED_NOW, evidence=False)
        results: dict[str, ev.AttachResult] = {}

        def attach(store, who, case_id):  # type: ignore[no-untyped-def]
            results[who] = ev.attach(store, who, case_id,
                                     [ev.Source("同一张.png", data=png(seed=1)),
                                      ev.Source(f"{who}.png", data=png(seed=len(who)))])

        threads = [threading.Thread(target=attach, args=(lina, "lina", 1)),
                   threading.Thread(target=attach, args=(bob, "bob", 2))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results["lina"].ok and results["bob"].ok
        stored = sorted(p.name for p in shared.rglob("*") if p.is_file())
        assert len(stored) == 3  # the shared photo once, and one each
        assert ev.blob_path(bob, results["lina"].files[1].file.sha256).is_file()
        assert not (tmp_path / "lina" / "evidence").exists()
        report = verify(bob)
        assert report.ok and report.evidence.files_checked == 4
    finally:
        lina.close()
        bob.close()
