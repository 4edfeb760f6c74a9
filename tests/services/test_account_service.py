"""Signing in and managing accounts through the services, on real SQLite stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from app.domain.accounts import AccountRefused, Principal, SignInRefused
from app.domain.permissions import NotPermitted
from app.services import accounts
from tests.conftest import FIXED_NOW


def refused(store, name, password, now=FIXED_NOW) -> SignInRefused:
    with pytest.raises(SignInRefused) as err:
        accounts.sign_in(store, name, password, now=now)
    return err.value


def account(store, name):
    with store.unit_of_work() as uow:
        return uow.users.get(name)


def test_the_hasher_is_argon2_cffis_recommended_argon2id():
    # RFC 9106's low-memory profile, as argon2-cffi ships it: not weakened for tests.
    default = PasswordHasher()
    assert accounts.hasher.time_cost == default.time_cost >= 3
    assert accounts.hasher.memory_cost == default.memory_cost >= 65536
    assert accounts.hasher.parallelism == default.parallelism
    assert accounts.hasher.hash("x").startswith("$argon2id$")


def test_demo_users_sign_in_with_demo(demo_store):
    assert accounts.secured(demo_store)
    assert accounts.sign_in(demo_store, "zhaoli", "demo") == Principal("zhaoli", "赵丽（主管）",
                                                                       "supervisor")
    assert account(demo_store, "lina").password_hash.startswith("$argon2id$v=19$m=65536")


def test_unknown_name_and_wrong_password_get_the_same_answer(demo_store):
    unknown, wrong = refused(demo_store, "nobody", "demo"), refused(demo_store, "lina", "x")
    assert unknown.reason == wrong.reason == "unknown_or_wrong"
    assert str(unknown) == str(wrong)
    assert refused(demo_store, "lina", "").reason == "unknown_or_wrong"
    assert refused(demo_store, "LINA", "demo").reason == "unknown_or_wrong"


@pytest.mark.parametrize("name", ["lina' OR '1'='1", "lina\"; DROP TABLE users; --", "%", "_"])
def test_sql_ish_names_are_just_unknown(demo_store, name):
    assert refused(demo_store, name, "demo' OR '1'='1").reason == "unknown_or_wrong"
    assert accounts.sign_in(demo_store, "lina", "demo").name == "lina"


def test_the_throttle_locks_after_three_and_a_success_resets(demo_store):
    for _ in range(3):
        assert refused(demo_store, "lina", "bad").wait == 0
    fourth = refused(demo_store, "lina", "bad")
    assert fourth.reason == "unknown_or_wrong" and fourth.wait == 2
    row = account(demo_store, "lina")
    assert row.failed_signins == 4 and row.locked_until == FIXED_NOW + timedelta(seconds=2)
    # While locked even the right password is not heard, and nothing more is counted.
    locked = refused(demo_store, "lina", "demo", now=FIXED_NOW + timedelta(seconds=1))
    assert locked.reason == "locked" and locked.wait == 1
    assert account(demo_store, "lina").failed_signins == 4
    later = FIXED_NOW + timedelta(seconds=3)
    assert refused(demo_store, "lina", "bad", now=later).wait == 4
    assert accounts.sign_in(demo_store, "lina", "demo", now=later + timedelta(seconds=5))
    row = account(demo_store, "lina")
    assert row.failed_signins == 0 and row.locked_until is None


def test_the_lock_never_passes_five_minutes(demo_store):
    now = FIXED_NOW
    for _ in range(14):
        err = refused(demo_store, "wanglei", "bad", now=now)
        now += timedelta(seconds=err.wait + 1)
    assert err.wait == 300


def test_a_disabled_account_is_told_only_with_the_right_password(demo_store):
    accounts.disable(demo_store, "admin", "wanglei")
    assert refused(demo_store, "wanglei", "demo").reason == "disabled"
    assert refused(demo_store, "wanglei", "bad").reason == "unknown_or_wrong"
    accounts.enable(demo_store, "admin", "wanglei")
    assert accounts.sign_in(demo_store, "wanglei", "demo").role == "agent"


def test_a_huge_password_is_refused_before_anything_hashes_it(demo_store, monkeypatch):
    def no_hashing(*_a, **_k):
        raise AssertionError("hashed a 10 MB password")

    monkeypatch.setattr(accounts, "password_matches", no_hashing)
    assert refused(demo_store, "lina", "x" * 10_000_000).reason == "too_long"
    assert account(demo_store, "lina").failed_signins == 0
    with pytest.raises(AccountRefused):
        accounts.set_password(demo_store, "lina", "lina", "x" * 10_000_000)


def test_an_account_without_a_password_cannot_sign_in(demo_store):
    with demo_store.unit_of_work().for_writing() as uow:
        uow.users.ensure("newcomer", FIXED_NOW)
        uow.commit()
    assert refused(demo_store, "newcomer", "").reason == "no_password"
    accounts.set_password(demo_store, "admin", "newcomer", "a good password")
    assert accounts.sign_in(demo_store, "newcomer", "a good password").role == "agent"


def test_an_old_hash_is_rehashed_with_todays_parameters(demo_store):
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash("demo")
    with demo_store.unit_of_work().for_writing() as uow:
        uow.users.rehash("lina", old)
        uow.commit()
    accounts.sign_in(demo_store, "lina", "demo")
    now_hash = account(demo_store, "lina").password_hash
    assert now_hash != old and not accounts.hasher.check_needs_rehash(now_hash)
    assert accounts.sign_in(demo_store, "lina", "demo").name == "lina"


def test_an_unsecured_store_bootstraps_with_its_first_admin(store):
    assert not accounts.secured(store)
    is_secured, users = accounts.list_users(store, "whoever")
    assert not is_secured and users == []
    with pytest.raises(NotPermitted):
        accounts.add_user(store, "whoever", "ann", "agent", "password1")
    accounts.add_user(store, "whoever", "boss", "admin", "correct horse", display="老板")
    assert accounts.secured(store)
    with pytest.raises(NotPermitted):  # the bootstrap was for the first admin only
        accounts.add_user(store, "whoever", "eve", "admin", "password1")
    accounts.add_user(store, "boss", "ann", "agent", "password1")
    is_secured, users = accounts.list_users(store, "boss")
    assert is_secured and [(u.name, u.role, u.password_set) for u in users] == [
        ("ann", "agent", True), ("boss", "admin", True)]
    with pytest.raises(NotPermitted):
        accounts.list_users(store, "ann")


def test_managing_needs_an_admin_and_names_are_checked(demo_store):
    for act in (lambda: accounts.add_user(demo_store, "zhaoli", "x1", "agent", "password1"),
                lambda: accounts.disable(demo_store, "lina", "wanglei"),
                lambda: accounts.set_password(demo_store, "zhaoli", "lina", "password1")):
        with pytest.raises(NotPermitted):
            act()
    with pytest.raises(AccountRefused) as err:
        accounts.add_user(demo_store, "admin", "lina", "agent", "password1")
    assert err.value.problem == "exists"
    with pytest.raises(AccountRefused) as err:
        accounts.add_user(demo_store, "admin", "li na", "agent", "password1")
    assert err.value.problem == "name_characters"
    with pytest.raises(AccountRefused) as err:
        accounts.disable(demo_store, "admin", "admin")
    assert err.value.problem == "self"
    with pytest.raises(AccountRefused):
        accounts.disable(demo_store, "admin", "nobody")


def test_ones_own_password_and_the_change_dialogs_check(demo_store):
    accounts.set_password(demo_store, "lina", "lina", "lina's new one")
    assert refused(demo_store, "lina", "demo").reason == "unknown_or_wrong"
    with pytest.raises(SignInRefused):
        accounts.change_own_password(demo_store, "lina", "demo", "another one")
    accounts.change_own_password(demo_store, "lina", "lina's new one", "another one")
    assert accounts.sign_in(demo_store, "lina", "another one").name == "lina"


def test_no_remember_me_where_eight_people_work(demo_store):
    assert accounts.remember(demo_store, "lina") is None
    assert account(demo_store, "lina").remember_hash is None


def test_remember_me_only_for_a_one_person_store(store):
    accounts.add_user(store, "me", "solo", "admin", "my own password")
    token = accounts.remember(store, "solo")
    assert token and account(store, "solo").remember_hash != token  # only its hash is kept
    assert accounts.sign_in_remembered(store, "solo", token) == Principal("solo", "solo", "admin")
    assert accounts.sign_in_remembered(store, "solo", token + "x") is None
    assert accounts.sign_in_remembered(store, "solo", "") is None
    accounts.forget(store, "solo")
    assert accounts.sign_in_remembered(store, "solo", token) is None
    token = accounts.remember(store, "solo")
    accounts.set_password(store, "solo", "solo", "a newer password")
    assert accounts.sign_in_remembered(store, "solo", token) is None
    token = accounts.remember(store, "solo")
    accounts.add_user(store, "solo", "second", "agent", "password2")
    assert accounts.sign_in_remembered(store, "solo", token) is None  # no longer one person
