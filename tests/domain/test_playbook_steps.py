"""Where a case stands in its playbook: pure evaluation of the answers it holds."""

from __future__ import annotations

import pytest

from app.domain.enums import CaseKind, CaseStatus
from app.domain.playbooks import (
    Answer,
    Playbook,
    Step,
    StepRefused,
    StepState,
    Suggestion,
    Text,
    check_tick,
    evaluate,
)


def _t(word: str) -> Text:
    return Text(f"「{word}」", word)


BOOK = Playbook("demo", CaseKind.RETURN_REFUND, _t("demo"), (
    Step("agree", _t("agree"), _t("help"), suggest=Suggestion("return_address",
                                                               CaseStatus.WAITING_RETURN)),
    Step("inspect", _t("inspect"), _t("help"), evidence=_t("photos"), question=_t("ok?"),
         answers=(Answer("fine", _t("fine"), skips=("refuse",)),
                  Answer("bad", _t("bad"), next="refuse"))),
    Step("refund", _t("refund"), _t("help")),
    Step("refuse", _t("refuse"), _t("help")),
))


def _states(answers: dict) -> dict[str, StepState]:
    return {v.step.key: v.state for v in evaluate(BOOK, answers).steps}


def test_a_fresh_case_stands_at_the_first_step_with_nothing_done() -> None:
    p = evaluate(BOOK, {})
    assert _states({}) == {"agree": StepState.CURRENT, "inspect": StepState.TODO,
                           "refund": StepState.TODO, "refuse": StepState.TODO}
    assert (p.done, p.total, p.complete) == (0, 4, False)
    assert p.current is not None and p.current.step.key == "agree"


def test_an_answer_skips_the_steps_it_names_and_they_stop_counting() -> None:
    p = evaluate(BOOK, {"agree": True, "inspect": "fine"})
    assert _states({"agree": True, "inspect": "fine"})["refuse"] == StepState.SKIPPED
    assert p.view("refuse").skipped_by == "inspect"
    assert (p.done, p.total) == (2, 3)
    assert p.current.step.key == "refund"


def test_an_answer_that_jumps_ahead_skips_the_steps_in_between() -> None:
    states = _states({"agree": True, "inspect": "bad"})
    assert states["refund"] == StepState.SKIPPED
    assert states["refuse"] == StepState.CURRENT
    done = evaluate(BOOK, {"agree": True, "inspect": "bad", "refuse": True})
    assert done.complete and (done.done, done.total) == (3, 3)


def test_undoing_a_branch_brings_its_skipped_steps_back() -> None:
    # An answer for a step that was skipped stays recorded but does not count while skipped.
    skipped = evaluate(BOOK, {"agree": True, "inspect": "bad", "refund": True})
    assert skipped.view("refund").state == StepState.SKIPPED and skipped.done == 2
    back = evaluate(BOOK, {"agree": True, "refund": True})
    assert back.view("refund").state == StepState.DONE
    assert back.view("inspect").state == StepState.CURRENT
    assert back.view("refuse").state == StepState.TODO


def test_steps_ticked_out_of_order_count_and_the_first_open_one_is_current() -> None:
    p = evaluate(BOOK, {"refund": True})
    assert p.view("refund").state == StepState.DONE
    assert p.current.step.key == "agree"


def test_evidence_is_missing_until_a_file_is_on_its_step() -> None:
    assert evaluate(BOOK, {}).missing_evidence == ("inspect",)
    # Ticked without its files, the step still misses them: an appeal needs the files.
    assert evaluate(BOOK, {"agree": True, "inspect": "fine"}).missing_evidence == ("inspect",)
    assert evaluate(BOOK, {"agree": True}, {"inspect"}).missing_evidence == ()
    assert evaluate(BOOK, {}, {"inspect"}).view("inspect").has_evidence


def test_texts_follow_the_language() -> None:
    assert BOOK.title.in_("zh_CN") == "「demo」" and BOOK.title.in_("en") == "demo"


@pytest.mark.parametrize(("key", "answer", "answers", "words"), [
    ("nope", True, {}, "has no step 'nope'"),
    ("inspect", True, {}, "asks a question; no answer"),
    ("inspect", "maybe", {}, "'maybe' is not one of: fine, bad"),
    ("agree", "fine", {}, "asks no question"),
    ("refuse", True, {"agree": True, "inspect": "fine"}, "skipped it"),
])
def test_a_tick_the_playbook_does_not_allow_is_refused_with_the_reason(
        key: str, answer: bool | str, answers: dict, words: str) -> None:
    with pytest.raises(StepRefused, match=words):
        check_tick(BOOK, answers, key, answer, undo=False)


def test_allowed_ticks_and_any_undo_of_a_known_step_pass() -> None:
    check_tick(BOOK, {}, "inspect", "bad", undo=False)
    check_tick(BOOK, {"agree": True}, "agree", True, undo=True)
    with pytest.raises(StepRefused):
        check_tick(BOOK, {}, "gone", True, undo=True)
