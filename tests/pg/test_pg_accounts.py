"""Sign-in on PostgreSQL from several connections at once: the account's row is locked
while a password is checked, so every wrong one is counted (the throttle holds for a
team sharing a server), and a name is added once."""

from __future__ import annotations

import threading

import pytest

from app.domain.accounts import AccountRefused, SignInRefused
from app.services import accounts
from tests.conftest import FIXED_NOW


def _at_once(work, n: int) -> list[object]:  # type: ignore[no-untyped-def]
    results: list[object] = [None] * n
    start = threading.Barrier(n)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = work(i)
        except Exception as exc:  # the refusals are the answers under test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results


def test_wrong_passwords_at_once_are_each_counted(pg_demo_store, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    stores = [open_store(tmp_path / f"d{i}", pg_url) for i in range(3)]
    try:
        results = _at_once(lambda i: accounts.sign_in(stores[i], "lina", f"bad{i}",
                                                      now=FIXED_NOW), 3)
        assert all(isinstance(r, SignInRefused) and r.reason == "unknown_or_wrong"
                   for r in results), results
        with pg_demo_store.unit_of_work() as uow:
            assert uow.users.get("lina").failed_signins == 3
        with pytest.raises(SignInRefused) as err:
            accounts.sign_in(pg_demo_store, "lina", "bad", now=FIXED_NOW)
        assert err.value.wait == 2
    finally:
        for s in stores:
            s.close()


def test_one_name_added_from_two_connections(pg_demo_store, pg_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.store import open_store

    stores = [open_store(tmp_path / f"d{i}", pg_url) for i in range(2)]
    try:
        results = _at_once(lambda i: accounts.add_user(stores[i], "admin", "twin", "agent",
                                                       "password1"), 2)
        refused = [r for r in results if isinstance(r, AccountRefused)]
        assert len(refused) == 1 and refused[0].problem == "exists", results
        is_secured, users = accounts.list_users(pg_demo_store, "admin")
        assert is_secured and [u.name for u in users].count("twin") == 1
    finally:
        for s in stores:
            s.close()
