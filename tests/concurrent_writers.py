"""Two imports and a run of status changes in three processes at once, on one store.

Shared by the SQLite (tests/store) and PostgreSQL (tests/pg) tests: every writer
must succeed (or wait its turn), and no row may be duplicated or lost.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO
from tests.io.io_helpers import DOUYIN_HEADER, douyin_row, write_csv

ROWS = 400
CHANGES = 12
NEW_SHOP = "并发测试店"  # both files name it: both imports try to create it


def export_files(folder: Path) -> list[Path]:
    files = []
    for n, base in enumerate((5_100_000, 5_200_000)):
        rows = [DOUYIN_HEADER]
        for i in range(ROWS):
            rows.append(douyin_row(str(base + i), str(base * 10 + i), shop=NEW_SHOP,
                                   kind="退货退款" if i % 3 else "仅退款"))
        files.append(write_csv(folder / f"export{n}.csv", rows))
    return files


_STATUS_LOOP = """
import sys
from app.services.case_actions import change_status
from app.services.store import open_store
store = open_store(sys.argv[1] or None, sys.argv[2] or None)
case_id = int(sys.argv[3])
for i in range({changes}):
    change_status(store, "lina", case_id, "in_progress" if i % 2 == 0 else "waiting_buyer")
store.close()
"""


def run_all_at_once(where: list[str], data_dir: Path, db_url: str | None, case_id: int,
                    files: list[Path]) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    # Demo agents: the demo store is secured, and each importer signs in as one.
    importers = ("zhangmin", "wanglei", "liuyang", "chenjing")
    procs = [subprocess.Popen([sys.executable, "main.py", *where, "--user", importers[n % 4],
                               "import", str(f)], cwd=REPO, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for n, f in enumerate(files)]
    loop = textwrap.dedent(_STATUS_LOOP.format(changes=CHANGES))
    procs.append(subprocess.Popen(
        [sys.executable, "-c", loop, str(data_dir) if db_url is None else "", db_url or "",
         str(case_id)], cwd=REPO, env=env, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE))
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=240)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def check(store, results, cases_before: int) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from app.services.verify import verify
    from app.store.models import Case, CaseEvent, Shop

    for r in results:
        assert r.returncode == 0, r.stderr
    for r in results[:2]:
        assert json.loads(r.stdout)["inserted"] == ROWS
    with store.unit_of_work() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Case)) == cases_before + 2 * ROWS
        assert s.scalar(select(func.count(func.distinct(Case.id)))) == cases_before + 2 * ROWS
        assert s.scalar(select(func.count()).select_from(Shop).where(Shop.name == NEW_SHOP)) == 1
        events = s.scalar(select(func.count()).select_from(CaseEvent))
        distinct_ids = s.scalar(select(func.count(func.distinct(CaseEvent.id))))
        assert events == distinct_ids
        heads = s.scalar(select(func.sum(Case.history_len)))
        assert heads == events  # every case's length counts exactly its stored events
    report = verify(store)
    assert report.ok, report.broken_cases[:3]
