"""`users …` and signing in on the command line, as a script or an attacker runs it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import DB_FILE
from tests.conftest import REPO


def cmd(data_dir: Path, user: str, *args: str) -> list[str]:
    return [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), "--user", user,
            *args]


def run(data_dir: Path, user: str, *args: str, password: str | None = "demo",
        new: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("AFTERSALES_PASSWORD", "AFTERSALES_NEW_PASSWORD")}
    if password is not None:
        env["AFTERSALES_PASSWORD"] = password
    if new is not None:
        env["AFTERSALES_NEW_PASSWORD"] = new
    return subprocess.run(cmd(data_dir, user, *args), capture_output=True, text=True,
                          encoding="utf-8", env=env, stdin=subprocess.DEVNULL, timeout=300)


def last_json(proc: subprocess.CompletedProcess[str]) -> dict:
    return json.loads(proc.stdout.splitlines()[-1])


def account(data_dir: Path, name: str) -> tuple:
    con = sqlite3.connect(data_dir / DB_FILE)
    try:
        return con.execute("select failed_signins, locked_until, active, password_hash "
                           "from users where name = ?", (name,)).fetchone()
    finally:
        con.close()


@pytest.fixture
def secured(demo_store, data_dir) -> Path:
    demo_store.close()
    return data_dir


def test_a_new_store_is_unsecured_until_its_first_admin(data_dir):
    listed = run(data_dir, "anyone", "users", "list", password=None)
    assert listed.returncode == 0, listed.stderr
    out = last_json(listed)
    assert out["secured"] is False and "no account has a password" in out["warning"]
    added = run(data_dir, "anyone", "users", "add", "boss", "--role", "admin",
                "--display", "老板", password=None, new="correct horse")
    assert added.returncode == 0, added.stderr
    assert last_json(added)["added"]["role"] == "admin"
    # From now on the store is secured: boss signs in, nobody else names themselves.
    assert last_json(run(data_dir, "boss", "users", "list", password="correct horse")
                     )["secured"] is True
    refused = run(data_dir, "anyone", "users", "add", "eve", "--role", "admin",
                  password=None, new="password1")
    assert refused.returncode == 2 and "AFTERSALES_PASSWORD" in refused.stderr
    assert run(data_dir, "boss", "users", "list", password="horse").returncode == 3


def test_demo_says_its_password_and_users(data_dir):
    out = run(data_dir, "lina", "demo", "--cases", "3", "--no-evidence", password=None)
    assert out.returncode == 0, out.stderr
    counts = last_json(out)
    assert counts["password"] == "demo" and counts["users"] == 8
    roles = {a["name"]: a["role"] for a in counts["accounts"]}
    assert roles["lina"] == "agent" and roles["zhaoli"] == "supervisor"
    assert roles["admin"] == "admin"


def test_without_a_password_and_no_terminal_the_error_is_clear(secured):
    proc = run(secured, "lina", "case", "note", "1", "hi", password=None)
    assert proc.returncode == 2
    assert proc.stderr.strip() == ("error: this store needs lina's password: set "
                                   "AFTERSALES_PASSWORD (or run the command in a terminal "
                                   "to be asked)")


def test_wrong_passwords_count_across_processes(secured):
    answers = [run(secured, "lina", "case", "note", "1", "guess", password=f"guess{n}")
               for n in range(4)]
    assert [p.returncode for p in answers] == [3, 3, 3, 3]
    assert {last_json(p)["rule"] for p in answers} == {"sign_in_unknown_or_wrong"}
    assert [last_json(p)["wait"] for p in answers] == [0, 0, 0, 2]  # the fourth locks
    failures, locked_until, _active, _hash = account(secured, "lina")
    assert failures == 4 and locked_until is not None
    one_line = answers[0].stderr.strip()
    assert one_line == "error: cannot sign in: unknown user name or wrong password"


def test_unknown_disabled_and_huge(secured):
    unknown = run(secured, "nobody", "case", "note", "1", "x")
    wrong = run(secured, "lina", "case", "note", "1", "x", password="nope")
    assert unknown.stderr == wrong.stderr and last_json(unknown)["rule"] == last_json(wrong)["rule"]
    assert run(secured, "admin", "users", "disable", "wanglei").returncode == 0
    disabled = run(secured, "wanglei", "case", "note", "1", "x")
    assert disabled.returncode == 3 and last_json(disabled)["rule"] == "sign_in_disabled"
    assert run(secured, "admin", "users", "enable", "wanglei").returncode == 0
    assert run(secured, "wanglei", "case", "note", "1", "x").returncode == 0
    huge = run(secured, "lina", "case", "note", "1", "x", password="p" * 100_000)
    assert huge.returncode == 3 and last_json(huge)["rule"] == "sign_in_too_long"
    assert account(secured, "lina")[0] == 1  # the wrong one above; the huge one not counted
    sql = run(secured, "x' OR 1=1 --", "case", "note", "1", "x", password="' OR ''='")
    assert sql.returncode == 3 and last_json(sql)["rule"] == "sign_in_unknown_or_wrong"


def test_passwd_own_and_as_admin(secured):
    short = run(secured, "lina", "users", "passwd", "lina", new="short")
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    assert run(secured, "lina", "users", "passwd", "lina", new="lina's own").returncode == 0
    assert run(secured, "lina", "case", "note", "1", "x").returncode == 3
    assert run(secured, "lina", "case", "note", "1", "x", password="lina's own").returncode == 0
    other = run(secured, "zhaoli", "users", "passwd", "lina", new="by zhaoli")
    assert other.returncode == 3 and last_json(other)["rule"] == "not_permitted"
    assert run(secured, "admin", "users", "passwd", "lina", new="reset by admin"
               ).returncode == 0
    assert run(secured, "lina", "case", "note", "1", "x", password="reset by admin"
               ).returncode == 0


def test_agents_cannot_manage_users(secured):
    for args in (("users", "list"), ("users", "disable", "wanglei"),
                 ("users", "add", "x1", "--role", "admin")):
        proc = run(secured, "lina", *args, new="password1")
        assert proc.returncode == 3 and last_json(proc)["rule"] == "not_permitted", args
    bad = run(secured, "admin", "users", "add", "li na", "--role", "agent", new="password1")
    assert bad.returncode == 2 and "no spaces" in bad.stderr


def test_two_processes_adding_the_same_user(secured):
    env = {**os.environ, "AFTERSALES_PASSWORD": "demo", "AFTERSALES_NEW_PASSWORD": "password1"}
    procs = [subprocess.Popen(cmd(secured, "admin", "users", "add", "twin", "--role", "agent",
                                  "--display", f"twin {n}"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", env=env, stdin=subprocess.DEVNULL)
             for n in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert sorted(code for code, _err in results) == [0, 2]
    assert any("already a user named twin" in err for _code, err in results)
    con = sqlite3.connect(secured / DB_FILE)
    try:
        assert con.execute("select count(*) from users where name='twin'").fetchone() == (1,)
    finally:
        con.close()


def test_demo_if_empty_over_cases_asks_nothing(secured):
    skipped = run(secured, "lina", "demo", "--cases", "3", "--if-empty", password=None)
    assert skipped.returncode == 0 and "skipped" in last_json(skipped)
    more = run(secured, "lina", "demo", "--cases", "3", "--no-evidence", password=None)
    assert more.returncode == 2 and "AFTERSALES_PASSWORD" in more.stderr
