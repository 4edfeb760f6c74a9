"""A checkpoint of a team's PostgreSQL store: the leaves streamed from the server, and
a history rewritten at a SQL prompt (every hash after it recomputed, the row fixed)
named by `verify_against` while plain `verify` passes."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from app.services.checkpoints import make_checkpoint, verify_against
from app.services.store import open_store
from app.services.verify import verify
from tests.history_attacks import Attacker


def test_a_rewrite_on_postgres_is_named_against_the_checkpoint(pg_url, tmp_path):
    import psycopg

    from app.services import demo
    from tests.conftest import FIXED_NOW

    store = open_store(tmp_path / "desk", pg_url)
    try:
        demo.generate(store, 40, seed=6, now=FIXED_NOW, evidence=False)
        made = make_checkpoint(store, tmp_path / "c", "zhaoli")
        assert made.head.cases == 40
        assert verify_against(store, tmp_path / "c").ok
        url = urlsplit(pg_url)
        conn = psycopg.connect(host=parse_qs(url.query)["host"][0], user="postgres",
                               dbname=url.path.lstrip("/"))
        try:
            attacker = Attacker(conn, mark="%s")
            case_id, case_no = conn.execute(
                "SELECT id, case_no FROM cases WHERE history_len >= 2 ORDER BY id LIMIT 1"
            ).fetchone()
            attacker.rewrite(case_id, 1, {"note": "nothing to see"})
            attacker.delete_case(case_id + 1)
        finally:
            conn.close()
        assert verify(store).ok
        got = verify_against(store, tmp_path / "c").to_json()
    finally:
        store.close()
    assert not got["ok"]
    assert [(c["case_id"], c["case_no"]) for c in got["rewritten"]] == [(case_id, case_no)]
    assert [c["case_id"] for c in got["removed"]] == [case_id + 1]
