"""The reply library from the command line: JSON out, history for macros, exit 2 and
one line naming what is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("library-cli") / "data"
    run("demo", "--cases", "300", "--seed", "5", data_dir=d)
    from app.services.store import open_store
    from tests.conftest import forget_return_addresses

    # Shops without a return address: the reply must then ask for one.
    store = open_store(d)
    try:
        forget_return_addresses(store)
    finally:
        store.close()
    return d


def _case(data: Path, kind: str, status: str = "new") -> dict:
    out = run("cases", "--kind", kind, "--status", status, "--limit", "1", data_dir=data)
    return json.loads(out.stdout.splitlines()[0])


def test_templates_lists_json_lines_for_a_kind(data: Path) -> None:
    out = run("templates", "--kind", "return_refund", "--platform", "pinduoduo",
              data_dir=data)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all({"key", "title", "category"} <= set(r) for r in rows)
    assert rows[0]["key"] == "return_address" and rows[0]["title"] == "同意退货·发退货地址"
    english = run("templates", "--lang", "en", data_dir=data).stdout
    assert "Ask for photos of the damage" in english


def test_reply_prints_the_rendered_text_or_names_what_is_missing(data: Path) -> None:
    case = _case(data, "return_refund")
    missing = run("reply", str(case["id"]), "return_address", data_dir=data, check=False)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0
    assert "return_address" in missing.stderr and "--set return_address=" in missing.stderr
    out = run("reply", str(case["id"]), "return_address", "--set",
              "return_address=杭州市余杭区文一西路1号", data_dir=data)
    reply = json.loads(out.stdout)
    assert "杭州市余杭区文一西路1号" in reply["text"] and reply["missing"] == []
    shown = json.loads(run("case", "show", str(case["id"]), data_dir=data).stdout)
    assert shown["history"][-1]["action"] != "reply"  # rendering records nothing


@pytest.mark.parametrize("args", [("reply", "1", "no_such_template"),
                                  ("reply", "1", "greet_ack", "--set", "oops"),
                                  ("reply", "1", "greet_ack", "--set", "colour=red"),
                                  ("reply", "999999", "greet_ack"),
                                  ("macro", "1", "no_such_macro")])
def test_bad_input_is_one_line_and_exit_2(data: Path, args: tuple[str, ...]) -> None:
    proc = run(*args, data_dir=data, check=False)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1
    assert proc.stdout == ""


def test_macro_acts_on_the_case_as_one_history_event(data: Path) -> None:
    case = _case(data, "exception_parcel")
    before = json.loads(run("case", "show", str(case["id"]), data_dir=data).stdout)
    out = json.loads(run("macro", str(case["id"]), "ask_damage_photos",
                         data_dir=data, user="zhangmin").stdout)
    assert out["ok"] and out["status"] == "waiting_buyer"
    after = json.loads(run("case", "show", str(case["id"]), data_dir=data).stdout)
    assert len(after["history"]) == len(before["history"]) + 1
    event = after["history"][-1]
    assert event["actor"] == "zhangmin" and event["action"] == "macro"
    assert event["changes"]["template"] == "ask_damage_photos"
    assert after["tags"] == ["待补图"] and after["assignee"] == "zhangmin"
    stale = run("macro", str(case["id"]), "claim_and_greet", "--expect-version",
                str(before["version"]), data_dir=data, check=False)
    assert stale.returncode == 2 and "zhangmin" in stale.stderr


def test_bulk_macro_gives_a_result_per_case(data: Path) -> None:
    ids = [json.loads(line)["id"] for line in run(
        "cases", "--status", "new", "--limit", "3", data_dir=data).stdout.splitlines()]
    closed = _case(data, "refund_only", "resolved")["id"]
    out = run("bulk", "macro", "remind_and_wait", "--ids", ",".join(map(str, [*ids, closed])),
              "--set", "deadline=12月3日 18:00", data_dir=data)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["ok"] for r in lines[:-1]] == [True, True, True, False]
    assert lines[-1] == {"cases": 4, "done": 3, "refused": 1}
