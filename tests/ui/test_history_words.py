"""A history event in words for the timeline and the audit: reveals name the field and
never a value, money decisions their amount, bundles their file, a broken chain why."""

from __future__ import annotations

from app.io import audit_words
from ui import history_words as hw


def test_actions_and_details_in_words(english) -> None:  # type: ignore[no-untyped-def]
    assert hw.details("reveal", {"field": "phone"}) == "revealed the buyer's phone"
    assert hw.details("reveal", {"field": "address"}) == "revealed the buyer's address"
    assert hw.details("payment_approved", {"amount": "80.00", "payment_id": 3}) == \
        "approved payment ¥80.00"
    # the timeline keeps the full description of what a decision changed
    assert hw.details("payment_approved", {"amount": "80.00"}, brief=False) == "Amount: ¥80.00"
    assert hw.details("bundle_exported", {"file": "appeal.zip", "files": 3}) == \
        "appeal.zip (3 files)"
    assert hw.action_text("bundle_exported") == "Appeal bundle exported"
    assert hw.action_text("payment_denied") == "Compensation denied"
    assert hw.action_text("a_newer_action") == "a_newer_action"


def test_the_chain_in_words(english) -> None:  # type: ignore[no-untyped-def]
    assert hw.chain_text({"ok": True, "events": 12}) == "History intact (12 events)"
    broken = {"ok": False, "events": 5, "problem": {
        "seq": 4, "problem": "content does not match its hash (edited)"}}
    assert hw.chain_text(broken) == "History broken at event #4: its content was edited"
    odd = {"ok": False, "problem": {"seq": 1, "problem": "something new"}}
    assert hw.chain_text(odd) == "History broken at event #1: something new"


def test_every_domain_finding_has_words() -> None:
    """Each reason the domain or verify gives for a broken chain is worded."""
    import re

    from tests.conftest import REPO

    found = []
    for path in ("app/domain/history.py", "app/services/verify.py"):
        source = (REPO / path).read_text("utf-8")
        found += re.findall(r'(?:ChainBreak\([^"]*|"problem": )f?"([^"]+)"', source)
    assert len(found) >= 8
    for problem in found:
        assert hw.problem_text(problem) != problem, problem


def test_the_export_says_the_same_in_both_languages() -> None:
    assert audit_words.details("reveal", {"field": "phone"}, "zh") == "查看了买家手机号"
    assert audit_words.details("reveal", {"field": "phone"}, "en") == \
        "revealed the buyer's phone"
    assert audit_words.action_words("bundle_exported", "zh") == "导出申诉包"
    assert audit_words.action_words("payment_paid", "en") == "Compensation paid"
    assert audit_words.details("status", {"status": ["new", "in_progress"]}, "en") == \
        "Status: new → in_progress"
