"""The account rules: names, passwords and the sign-in throttle."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain import accounts as rules
from app.domain.accounts import AccountRefused, SignInRefused

NOW = datetime(2026, 11, 20, 9, 0, 0)


@pytest.mark.parametrize("name", ["lina", "张敏", "a", "x" * 64, "o'brien", "a;DROP_TABLE"])
def test_plain_names_pass(name):
    assert rules.check_name(name) == name


@pytest.mark.parametrize(("name", "problem"), [
    ("", "name_empty"), ("x" * 65, "name_too_long"), ("li na", "name_characters"),
    ("lina\n", "name_characters"), ("li\tna", "name_characters"), ("a\x00b", "name_characters"),
    ("a\u200bb", "name_characters"), ("全角\u3000空格", "name_characters"),
])
def test_names_with_spaces_or_controls_are_refused(name, problem):
    with pytest.raises(AccountRefused) as err:
        rules.check_name(name)
    assert err.value.problem == problem


def test_passwords_a_user_sets_are_8_to_1024_characters():
    assert rules.check_new_password("12345678") == "12345678"
    assert rules.check_new_password("密" * 1024) == "密" * 1024
    for bad, problem in (("1234567", "password_too_short"), ("", "password_too_short"),
                         (" " * 12, "password_too_short"), ("x" * 1025, "password_too_long")):
        with pytest.raises(AccountRefused) as err:
            rules.check_new_password(bad)
        assert err.value.problem == problem
    assert rules.offered_too_long("x" * 1025) and not rules.offered_too_long("x" * 1024)


def test_roles_and_display_names():
    assert rules.check_role("supervisor") == "supervisor"
    with pytest.raises(AccountRefused):
        rules.check_role("root")
    assert rules.check_display("  赵丽   主管 ", "zhaoli") == "赵丽 主管"
    assert rules.check_display("", "zhaoli") == "zhaoli"


def test_three_failures_are_free_then_the_lock_doubles_up_to_five_minutes():
    assert [rules.lock_seconds(n) for n in range(0, 13)] == [
        0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300]
    assert rules.lock_seconds(10_000) == 300
    assert rules.locked_until(3, NOW) is None
    assert rules.locked_until(5, NOW) == NOW + timedelta(seconds=4)


def test_the_wait_is_whole_seconds_rounded_up():
    assert rules.wait_seconds(None, NOW) == 0
    assert rules.wait_seconds(NOW - timedelta(seconds=1), NOW) == 0
    assert rules.wait_seconds(NOW + timedelta(milliseconds=10), NOW) == 1
    assert rules.wait_seconds(NOW + timedelta(seconds=3, milliseconds=1), NOW) == 4


def test_refusals_say_one_thing_for_unknown_and_wrong():
    assert str(SignInRefused("unknown_or_wrong", "nobody")) == str(
        SignInRefused("unknown_or_wrong", "lina"))
    assert "try again in 8 seconds" in str(SignInRefused("locked", "lina", 8))
    assert "1 second" in str(SignInRefused("locked", "lina", 1))
    assert "disabled" in str(SignInRefused("disabled", "lina"))
