"""`case step` end to end: JSON out, recorded as history, one clear line on bad input."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def step_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("step") / "data"
    run("demo", "--cases", "60", "--seed", "3", data_dir=d)
    return d


def _urge_case(d) -> dict:
    row = json.loads(run("cases", "--kind", "urge", "--limit", "1", data_dir=d).stdout)
    return json.loads(run("case", "show", row["case_no"], data_dir=d).stdout)


def test_case_step_ticks_and_undoes_a_step_as_history(step_dir) -> None:
    case = _urge_case(step_dir)
    assert case["playbook"]["key"] == "urge" and case["playbook"]["next"] == "reply_buyer"
    out = json.loads(run("case", "step", case["case_no"], "reply_buyer", "--expect-version",
                         str(case["version"]), data_dir=step_dir).stdout)
    assert out["ok"] and out["step"] == "reply_buyer" and out["version"] == case["version"] + 1
    assert out["playbook"]["done"] == 1 and out["playbook"]["next"] == "chase_warehouse"
    out = json.loads(run("case", "step", case["case_no"], "chase_warehouse", "--answer",
                         "shipping", "--lang", "zh_CN", data_dir=step_dir).stdout)
    states = {s["key"]: s["state"] for s in out["playbook"]["steps"]}
    assert states["out_of_stock"] == "skipped"
    assert out["playbook"]["steps"][1]["answer_label"] == "今天能发"
    out = json.loads(run("case", "step", case["case_no"], "chase_warehouse", "--undo",
                         data_dir=step_dir).stdout)
    assert out["undo"] and out["playbook"]["done"] == 1
    shown = json.loads(run("case", "show", case["case_no"], data_dir=step_dir).stdout)
    assert [e["action"] for e in shown["history"][-3:]] == ["step"] * 3
    assert shown["history"][-1]["actor"] == "lina"
    assert run("verify", data_dir=step_dir).returncode == 0


@pytest.mark.parametrize(("args", "words"), [
    (["no_such_step"], "has no step 'no_such_step'"),
    (["chase_warehouse", "--answer", "maybe"], "'maybe' is not one of: shipping, out_of_stock"),
    (["reply_buyer", "--undo", "--answer", "x"], "--undo takes no --answer"),
])
def test_bad_input_is_one_clear_line(step_dir, args, words) -> None:
    case = _urge_case(step_dir)
    proc = run("case", "step", case["case_no"], *args, data_dir=step_dir, check=False)
    # The lead maps a DomainError of the new commands to exit 2; today it is 1.
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and proc.stdout == ""
