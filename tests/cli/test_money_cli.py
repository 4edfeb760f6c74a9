"""The payment commands as a user or a script runs them: JSON out, exit 3 when a rule
refuses, 2 on bad input; eight payers at once; a payer killed halfway."""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.payment_helpers import (
    assert_ledger_agrees,
    check_paid_at_once,
    paid_cases,
    pay_at_once,
    payer,
)


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    d = tmp_path_factory.mktemp("money") / "data"
    run("demo", "--cases", "160", "--seed", "5", "--no-evidence", data_dir=d)
    return d


@pytest.fixture
def data(demo_data: Path, tmp_path: Path) -> Path:
    """A copy of the demo's data folder for each test (the store is closed in between)."""
    d = tmp_path / "data"
    shutil.copytree(demo_data, d)
    return d


@pytest.fixture
def store(data: Path):  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    s = open_store(data)
    yield s
    s.close()


def _json(proc) -> dict:  # type: ignore[no-untyped-def]
    return json.loads(proc.stdout)


def test_compensate_limits_approve_paid_and_the_listing(data, store) -> None:
    case = paid_cases(store, 1)[0]
    before = _json(run("limits", "--case", str(case), data_dir=data))
    assert set(before) >= {"order_payments_left", "order_amount_left", "shop_day_amount_left",
                           "approval_threshold"}
    assert before["approval_threshold"] == "50.00"
    small = _json(run("compensate", "--case", str(case), "--amount", "¥5", "--reason",
                      "postage", data_dir=data))
    assert (small["status"], small["amount"], small["replayed"]) == ("approved", "5.00", False)
    assert len(small["key"]) == 32  # a fresh key, printed for a retry
    big = _json(run("compensate", "--case", str(case), "--amount", "88.80", "--reason",
                    "goodwill", "--key", "big-1", "--note", "破损严重", data_dir=data))
    assert (big["status"], big["needs_approval"]) == ("pending", True)
    after = _json(run("limits", "--case", str(case), data_dir=data))
    assert after["order_payments_left"] == before["order_payments_left"] - 2
    refused = run("approve", str(big["id"]), data_dir=data, check=False)
    assert refused.returncode == 3 and _json(refused)["rule"] == "not_permitted"
    ok = _json(run("approve", str(big["id"]), "--note", "同意", data_dir=data, user="zhaoli"))
    assert ok["status"] == "approved" and ok["decided_by"] == "zhaoli"
    paid = _json(run("paid", str(big["id"]), "--reference", "DY-998877", data_dir=data))
    assert (paid["status"], paid["reference"]) == ("paid", "DY-998877")
    lines = [json.loads(x) for x in run("payments", "--status", "paid", data_dir=data)
             .stdout.splitlines()]
    assert big["id"] in [p["id"] for p in lines]
    assert all(p["status"] == "paid" for p in lines)
    history = _json(run("case", "show", str(case), data_dir=data))["history"]
    actions = [h["action"] for h in history if h["action"].startswith("payment_")]
    assert actions[-4:] == ["payment_requested", "payment_requested", "payment_approved",
                            "payment_paid"]
    assert history[-1]["actor"] == "lina" and history[-1]["changes"]["amount"] == "88.80"
    assert run("verify", data_dir=data).returncode == 0


def test_deny_and_bad_input_exit_codes(data, store) -> None:
    case = paid_cases(store, 1)[0]
    asked = _json(run("compensate", "--case", str(case), "--amount", "60", "--reason", "other",
                      data_dir=data))
    denied = _json(run("deny", str(asked["id"]), "--reason", "已补发", data_dir=data,
                       user="zhaoli"))
    assert denied["status"] == "denied"
    again = run("deny", str(asked["id"]), "--reason", "x", data_dir=data, user="zhaoli",
                check=False)
    assert again.returncode == 3 and _json(again)["rule"] == "state"
    for amount in ("12.505", "-1", "1e3", ""):
        bad = run("compensate", "--case", str(case), "--amount", amount, "--reason", "other",
                  data_dir=data, check=False)
        assert bad.returncode == 2 and bad.stdout == "", amount
    too_much = run("compensate", "--case", str(case), "--amount", "10000.01", "--reason",
                   "other", data_dir=data, user="zhaoli", check=False)
    assert too_much.returncode == 3
    body = _json(too_much)
    assert body["rule"] == "order_amount" and body["would_be"] == 1_000_001
    assert "¥10,000.01 of ¥10,000.00" in too_much.stderr
    assert run("compensate", "--case", str(case), "--amount", "1", "--reason", "nope",
               data_dir=data, check=False).returncode == 2
    assert_ledger_agrees(store)


def test_the_same_key_twice_pays_once_and_other_parameters_exit_2(data, store) -> None:
    case = paid_cases(store, 1)[0]
    args = ("compensate", "--case", str(case), "--amount", "9.90", "--reason", "postage",
            "--key", "retry-7")
    first, second = _json(run(*args, data_dir=data)), _json(run(*args, data_dir=data))
    assert second["replayed"] is True and second["id"] == first["id"]
    other = run("compensate", "--case", str(case), "--amount", "9.91", "--reason", "postage",
                "--key", "retry-7", data_dir=data, check=False)
    assert other.returncode == 2 and "already used" in other.stderr
    listed = run("payments", data_dir=data).stdout.splitlines()
    assert [json.loads(x)["key"] for x in listed].count("retry-7") == 1


def test_the_batch_file_export_refuses_to_overwrite(data, store, tmp_path) -> None:
    case = paid_cases(store, 1)[0]
    paid = _json(run("compensate", "--case", str(case), "--amount", "3", "--reason",
                     "postage", data_dir=data))
    out = tmp_path / "批量打款.csv"
    done = _json(run("payments-export", str(out), "--platform", paid["platform"], data_dir=data))
    assert done["rows"] >= 1 and out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert paid["order_no"] in out.read_text("utf-8-sig")
    again = run("payments-export", str(out), "--platform", paid["platform"], data_dir=data,
                check=False)
    assert again.returncode == 1 and "already exists" in again.stderr  # as every export
    assert run("payments-export", str(out), "--platform", paid["platform"], "--overwrite",
               data_dir=data).returncode == 0


def test_eight_processes_paying_at_once_never_pass_the_daily_cap(data, store) -> None:
    accepted, refused, room = pay_at_once(store, ["--data-dir", str(data)])
    check_paid_at_once(store, accepted, refused, room)
    assert run("verify", data_dir=data).returncode == 0


def _payment_rows(store, key: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from app.store.models import Payment

    with store.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Payment)
                                      .where(Payment.key == key)))


def kill_while_paused(where: list[str], case: int, key: str, pause_in: str,
                      flag: Path) -> None:
    """Start a payment that stops at `pause_in` (the test-only hook), wait until it says
    it is there, and SIGKILL it."""
    proc = payer(where, case, "7.00", key=key,
                 env={"AFTERSALES_TEST_PAUSE_IN": pause_in,
                      "AFTERSALES_TEST_PAUSE_FILE": str(flag)})
    give_up = time.monotonic() + 120
    while not flag.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < give_up, "the payment never reached the pause"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL


def test_killed_before_commit_leaves_no_payment(data, store, tmp_path) -> None:
    case = paid_cases(store, 1)[0]
    events = len(_json(run("case", "show", str(case), data_dir=data))["history"])
    kill_while_paused(["--data-dir", str(data)], case, "killed-1", "payment",
                      tmp_path / "paused")
    assert _payment_rows(store, "killed-1") == 0
    assert len(_json(run("case", "show", str(case), data_dir=data))["history"]) == events
    with store.unit_of_work() as uow:
        assert uow.money.key("killed-1") is None
        assert uow.money.cost(case)["compensation"] == 0
    assert_ledger_agrees(store)
    assert run("verify", data_dir=data).returncode == 0
    # The agent's retry with the same key pays once.
    retry = _json(run("compensate", "--case", str(case), "--amount", "7.00", "--reason",
                      "goodwill", "--key", "killed-1", data_dir=data))
    assert retry["replayed"] is False and _payment_rows(store, "killed-1") == 1


def test_killed_after_commit_leaves_one_whole_payment(data, store, tmp_path) -> None:
    case = paid_cases(store, 1)[0]
    kill_while_paused(["--data-dir", str(data)], case, "killed-2", "payment_committed",
                      tmp_path / "paused")
    assert _payment_rows(store, "killed-2") == 1
    history = _json(run("case", "show", str(case), data_dir=data))["history"]
    assert history[-1]["action"] == "payment_requested"
    assert history[-1]["changes"]["key"] == "killed-2"
    assert_ledger_agrees(store)
    assert run("verify", data_dir=data).returncode == 0
    retry = _json(run("compensate", "--case", str(case), "--amount", "7.00", "--reason",
                      "goodwill", "--key", "killed-2", data_dir=data))
    assert retry["replayed"] is True and _payment_rows(store, "killed-2") == 1
