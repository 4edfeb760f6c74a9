"""Acting on cases from the command line: JSON out, history recorded, exit 2 on bad
input, and two processes racing for one case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.conftest import REPO


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("case-cli") / "data"
    run("demo", "--cases", "400", "--seed", "5", data_dir=d)
    return d


def _new_case(data: Path, n: int = 0) -> dict:
    out = run("cases", "--status", "new", "--limit", str(n + 1), data_dir=data)
    return json.loads(out.stdout.splitlines()[n])


def _show(data: Path, case_id: int) -> dict:
    return json.loads(run("case", "show", str(case_id), data_dir=data).stdout)


def test_case_commands_record_history_and_print_json(data: Path) -> None:
    case = _new_case(data)
    cid = str(case["id"])
    out = json.loads(run("case", "status", cid, "in_progress", "--note", "已联系买家",
                         data_dir=data).stdout)
    assert out["ok"] and out["status"] == "in_progress"
    run("case", "assign", cid, "me", data_dir=data, user="zhangmin")
    run("case", "tag", cid, "破损", data_dir=data)
    run("case", "note", cid, "买家下午补图", data_dir=data)
    shown = _show(data, case["id"])
    assert shown["assignee"] == "zhangmin" and shown["tags"] == ["破损"]
    assert [n["text"] for n in shown["notes"]][-2:] == ["已联系买家", "买家下午补图"]
    assert [h["action"] for h in shown["history"][-4:]] == ["status", "assign", "tag", "note"]
    run("case", "tag", cid, "破损", "--remove", data_dir=data)
    run("case", "assign", cid, "-", data_dir=data)
    shown = _show(data, case["id"])
    assert shown["tags"] == [] and shown["assignee"] is None
    assert json.loads(run("verify", data_dir=data).stdout)["ok"]


@pytest.mark.parametrize("args, words", [
    (["status", "{id}", "inspecting"], "cannot move"),
    (["assign", "{id}", "nobody"], "no user"),
    (["note", "{id}", "  "], "empty"),
    (["status", "no-such-case", "in_progress"], "no case"),
    (["tag", "{id}", "x" * 40], "at most"),
])
def test_bad_input_is_one_line_and_exit_2(data: Path, args: list[str], words: str) -> None:
    cid = str(_new_case(data, 1)["id"])
    proc = run("case", *[a.format(id=cid) for a in args], data_dir=data, check=False)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and words in proc.stderr


def test_bulk_gives_a_result_per_case(data: Path) -> None:
    ids = [json.loads(line)["id"] for line in
           run("cases", "--limit", "30", data_dir=data).stdout.splitlines()]
    out = run("bulk", "status", "in_progress", "--ids", ",".join(map(str, ids)),
              data_dir=data).stdout.splitlines()
    rows = [json.loads(line) for line in out]
    totals = rows[-1]
    assert totals["cases"] == 30 and totals["done"] + totals["refused"] == 30
    assert len(rows) == 31 and all("ok" in r for r in rows[:-1])
    assert all(r["reason"] for r in rows[:-1] if not r["ok"])
    by_filter = run("bulk", "tag", "批量", "--status", "in_progress", "--limit", "5",
                    data_dir=data).stdout.splitlines()
    assert json.loads(by_filter[-1])["done"] == 5
    proc = run("bulk", "status", "resolved", data_dir=data, check=False)
    assert proc.returncode == 2 and "say which cases" in proc.stderr


def test_two_processes_on_one_case_exactly_one_wins(data: Path) -> None:
    case = _new_case(data, 2)
    version = str(_show(data, case["id"])["version"])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "--user", user,
         "case", "status", str(case["id"]), target, "--expect-version", version],
        env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for user, target in (("lina", "in_progress"), ("wanglei", "waiting_buyer"))]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], results
    (_, won_out, _), = [r for r in results if r[0] == 0]
    winner = "lina" if json.loads(won_out)["status"] == "in_progress" else "wanglei"
    (_, _, lost_err), = [r for r in results if r[0] == 2]
    assert f"{winner} changed this case" in lost_err
    shown = _show(data, case["id"])
    assert shown["version"] == int(version) + 1
    assert shown["history"][-1]["actor"] == winner
