"""`refund …` from the command line: JSON out, exit 0 done, 2 bad input, 3 a rule's
refusal (with the rule's JSON), and the same --key twice deciding once."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.evidence_files import png


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("refund-cli") / "data"
    run("demo", "--cases", "300", "--seed", "7", "--no-evidence", data_dir=d)
    return d


def _cases(data: Path, kind: str, n: int, status: str = "new") -> list[dict]:
    """The first `n` such cases as the demo made them (each test acts on its own one)."""
    return _listed(data, kind, status)[:n]


@functools.cache
def _listed(data: Path, kind: str, status: str) -> list[dict]:
    out = run("cases", "--kind", kind, "--status", status, "--platform", "douyin",
              "--limit", "10", data_dir=data)
    return [json.loads(line) for line in out.stdout.splitlines()]


def _show(data: Path, case_id: int) -> dict:
    return json.loads(run("case", "show", str(case_id), data_dir=data).stdout)


def test_approve_prints_the_decision_and_the_same_key_decides_once(data: Path) -> None:
    case = _cases(data, "refund_only", 1)[0]
    cid = str(case["id"])
    out = json.loads(run("refund", "approve", "--case", cid, "--amount", "¥12.5", "--key",
                         "cli-k1", data_dir=data, user="zhangmin").stdout)
    assert out["ok"] and out["status"] == "resolved" and out["changes"]["refunded"] == "12.50"
    again = json.loads(run("refund", "approve", "--case", cid, "--amount", "12.50", "--key",
                           "cli-k1", data_dir=data, user="zhangmin").stdout)
    assert again["replayed"] and again["version"] == out["version"]
    shown = _show(data, case["id"])
    assert shown["version"] == out["version"]
    event = shown["history"][-1]
    assert event["actor"] == "zhangmin" and event["changes"]["key"] == "cli-k1"
    cost = json.loads(run("refund", "cost", "--case", cid, data_dir=data).stdout)
    assert cost["explicit"] == {"fen": 1250, "yuan": "12.50"} and cost["hidden"]["fen"] > 0


@pytest.mark.parametrize("args, words", [
    (["approve", "--case", "{id}", "--amount", "12.505"], "two decimals"),
    (["approve", "--case", "{id}", "--amount", "-1"], "negative"),
    (["approve", "--case", "no-such-case"], "no case"),
    (["approve", "--case", "{id}", "--key", " spaced "], "idempotency key"),
    (["inspect", "--case", "{id}"], "--pass"),
    (["reject", "--case", "{id}", "--reason", "signed_no_problem", "--evidence", "999999"],
     "no evidence 999999"),
])
def test_bad_input_exits_2_with_one_line(data: Path, args: list[str], words: str) -> None:
    cid = str(_cases(data, "refund_only", 2)[1]["id"])
    proc = run("refund", *[a.replace("{id}", cid) for a in args], data_dir=data, check=False)
    assert proc.returncode == 2, proc.stderr
    assert words in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args, rule", [
    (["approve", "--case", "{id}", "--amount", "99999"], "refund_over_amount"),
    (["reject", "--case", "{id}", "--reason", "resale_affected"], "reason_needs_note"),
    (["reject", "--case", "{id}", "--reason", "signed_no_problem"], "reason_needs_images"),
    (["reject", "--case", "{id}", "--reason", "because"], "unknown_reason"),
    (["return", "--case", "{id}"], "action_not_allowed"),
])
def test_a_rule_s_refusal_exits_3_with_the_rule_and_records_nothing(
        data: Path, args: list[str], rule: str) -> None:
    case = _cases(data, "refund_only", 3)[2]
    before = _show(data, case["id"])["version"]
    proc = run("refund", *[a.replace("{id}", str(case["id"])) for a in args], data_dir=data,
               check=False)
    assert proc.returncode == 3, proc.stderr
    said = json.loads(proc.stdout)
    assert said["ok"] is False and said["rule"] == rule and said["message"]
    assert _show(data, case["id"])["version"] == before


def test_reject_with_the_evidence_chosen(data: Path, tmp_path: Path) -> None:
    case = _cases(data, "refund_only", 4)[3]
    cid = str(case["id"])
    files = []
    for i in range(2):
        f = tmp_path / f"photo{i}.png"
        f.write_bytes(png(seed=40 + i))
        files.append(str(f))
    attached = [json.loads(line) for line in
                run("attach", cid, *files, data_dir=data).stdout.splitlines()]
    ids = [str(a["id"]) for a in attached]
    out = json.loads(run("refund", "reject", "--case", cid, "--reason", "resale_affected",
                         "--note", "拆封使用", "--evidence", *ids, "--key", "cli-rej",
                         data_dir=data).stdout)
    assert out["status"] == "rejected"
    assert out["changes"]["evidence_ids"] == [int(i) for i in ids]
    assert out["changes"]["reject_reason"] == "resale_affected"


def test_return_received_and_inspected(data: Path) -> None:
    case = _cases(data, "return_refund", 1)[0]
    cid = str(case["id"])
    assert json.loads(run("refund", "return", "--case", cid, data_dir=data).stdout)[
        "status"] == "waiting_return"
    assert json.loads(run("refund", "received", "--case", cid, data_dir=data).stdout)[
        "status"] == "inspecting"
    out = json.loads(run("refund", "inspect", "--case", cid, "--pass", data_dir=data).stdout)
    assert out["status"] == "resolved" and out["changes"]["result"] == "pass"
    cost = json.loads(run("refund", "cost", "--case", cid, data_dir=data).stdout)
    assert cost["parts"]["logistics"]["fen"] > 0 and cost["parts"]["refunded"]["fen"] > 0


def test_fast_refund_then_appeal_needs_evidence(data: Path) -> None:
    case = _cases(data, "return_refund", 2)[1]
    cid = str(case["id"])
    out = json.loads(run("refund", "fast", "--case", cid, "--note", "平台极速退款",
                         data_dir=data).stdout)
    assert out["status"] == "in_progress" and out["changes"]["fast_refund"] == [False, True]
    proc = run("refund", "appeal", "--case", cid, "--note", "空包", data_dir=data, check=False)
    assert proc.returncode == 3 and json.loads(proc.stdout)["rule"] == "appeal_needs_evidence"


def test_batch_prints_a_line_per_case_then_the_batches(data: Path) -> None:
    ids = [str(c["id"]) for c in _cases(data, "refund_only", 3, status="in_progress")]
    lines = [json.loads(line) for line in run("refund", "batch", "--case", *ids, "nope",
                                              "--key", "cli-batch", data_dir=data
                                              ).stdout.splitlines()]
    assert [str(c["id"]) for c in lines[:-1]] == [*ids, "nope"]
    assert all(c["ok"] for c in lines[:3]) and lines[3]["code"] == "case_not_found"
    totals = lines[-1]
    assert totals["approved"] == 3 and totals["refused"] == 1 and totals["key"] == "cli-batch"
    assert sum(b["count"] for b in totals["batches"]) == 3


def test_reasons_and_shop_costs(data: Path) -> None:
    case = _cases(data, "refund_only", 1, status="in_progress")[0]
    reasons = [json.loads(line) for line in
               run("refund", "reasons", "--case", str(case["id"]), data_dir=data
                   ).stdout.splitlines()]
    assert {"code", "zh", "en", "needs_note", "needs_images", "max_images"} == set(reasons[0])
    assert any(r["needs_images"] and r["max_images"] == 4 for r in reasons)
    costs = json.loads(run("refund", "shop-costs", "--shop", case["shop"], "--return-postage",
                           "9", data_dir=data).stdout)
    assert costs["return_postage"] == "9.00"
    proc = run("refund", "shop-costs", "--shop", case["shop"], "--marketing", "1e3",
               data_dir=data, check=False)
    assert proc.returncode == 2 and "marketing" in proc.stderr
