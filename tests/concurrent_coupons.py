"""Two processes issuing coupons at once on the same cases of one shop, each with its
own keys: shared by the SQLite (tests/store) and PostgreSQL (tests/pg) tests. Every
coupon is recorded, and the shop's day ledger equals the sum of its coupon rows."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.conftest import REPO

PER_PROCESS = 8

_ISSUE_LOOP = """
import sys
from app.services.coupons import issue
from app.services.store import open_store
store = open_store(sys.argv[1] or None, sys.argv[2] or None)
for n, case_id in enumerate(sys.argv[4].split(",")):
    issue(store, sys.argv[3], int(case_id), "无门槛5元", f"{sys.argv[3]}-{n}")
store.close()
"""


def open_cases(store) -> list[int]:  # type: ignore[no-untyped-def]
    """Open cases of the first shop, enough for one process's loop."""
    from app.domain.filters import CaseFilter
    from app.services.cases import list_cases

    with store.unit_of_work() as uow:
        shop_id = uow.settings.shops()[0][0]
    rows = list_cases(store, CaseFilter(statuses=("new", "in_progress", "waiting_buyer"),
                                        shop_ids=(shop_id,)), limit=PER_PROCESS)
    assert len(rows) == PER_PROCESS
    return [r.id for r in rows]


def issue_at_once(where: tuple[str, str], case_ids: list[int]) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    loop = textwrap.dedent(_ISSUE_LOOP)
    ids = ",".join(map(str, case_ids))
    procs = [subprocess.Popen([sys.executable, "-c", loop, *where, f"agent{n}", ids],
                              cwd=REPO, env=env, text=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for n in range(2)]
    for p in procs:
        _out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err


def check(store, case_ids: list[int], before: int) -> None:  # type: ignore[no-untyped-def]
    from app.services.coupons import coupons
    from app.services.verify import verify

    issued = [c for c in coupons(store) if c["issued_by"] in ("agent0", "agent1")]
    assert len(issued) == 2 * PER_PROCESS
    assert sorted(c["key"] for c in issued) == sorted(
        f"agent{p}-{n}" for p in range(2) for n in range(PER_PROCESS))
    assert {c["case_id"] for c in issued} == set(case_ids)
    assert len(coupons(store)) == before + 2 * PER_PROCESS
    with store.unit_of_work() as uow:
        sums = uow.coupons.day_sums()
        for shop_id, day, count, fen in sums:
            totals = uow.money.day_totals(shop_id, day)
            assert (totals["coupons_count"], totals["coupons_fen"]) == (count, fen)
        for case_id in case_ids:
            assert uow.money.cost(case_id)["coupon"] >= 2 * 500
    assert verify(store).ok
