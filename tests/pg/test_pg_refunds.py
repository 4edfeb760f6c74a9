"""A refund decision with its key on PostgreSQL: the same key from two processes at once
decides once (the case's row lock is taken before the key is looked up)."""

from __future__ import annotations

import json
import subprocess
import sys

from app.services import refunds as rf
from app.services.cases import case_detail
from app.services.shop_costs import case_cost
from app.services.verify import verify
from tests.conftest import REPO
from tests.services.refund_helpers import demo_case


def test_a_decision_and_its_key_on_postgres(pg_demo_store, pg_url) -> None:  # type: ignore[no-untyped-def]
    case_id = demo_case(pg_demo_store, "douyin", "refund_only")
    amount = case_detail(pg_demo_store, case_id)["amount"]
    cmd = [sys.executable, str(REPO / "main.py"), "--db", pg_url, "--user", "lina", "refund", "approve", "--case", str(case_id), "--key",
           "pg-key-1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [e for _o, e in outs]
    results = [json.loads(o) for o, _e in outs]
    assert sorted(r["replayed"] for r in results) == [False, True, True]
    assert len({r["version"] for r in results}) == 1
    history = case_detail(pg_demo_store, case_id)["history"]
    assert [h["action"] for h in history].count("approve_refund") == 1
    assert history[-1]["changes"]["key"] == "pg-key-1"
    assert case_cost(pg_demo_store, case_id)["explicit"]["yuan"] == amount
    again = rf.approve_refund(pg_demo_store, "lina", case_id, "pg-key-1")
    assert again["replayed"] and again["status"] == "resolved"
    assert verify(pg_demo_store).ok
