"""The shipped playbooks, ticking their steps on a real store, and broken playbook files
named by file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.domain.enums import REFUND_KINDS, CaseKind, CaseStatus
from app.domain.errors import DomainError, StaleCase
from app.domain.filters import CaseFilter
from app.services import playbook_files
from app.services.cases import case_detail, list_cases
from app.services.playbooks import (
    PlaybookError,
    StepRefused,
    library,
    playbook_for,
    playbook_json,
    tick,
)
from app.services.verify import verify

# The reply templates the template library ships (issue 9, agreed between its parts).
TEMPLATES = {"greet_ack", "ask_damage_photos", "ask_details", "offer_alternative",
             "return_address", "refund_done", "reship_notice", "intercept_notice",
             "exchange_notice", "repair_notice", "address_changed", "urge_reply",
             "supplier_checking", "solved_confirm"}
SHIPPED = Path(str(playbook_files.shipped_folder()))


def test_every_shipped_playbook_loads_and_every_kind_gets_one() -> None:
    books = library().playbooks
    assert len(books) == len(list(SHIPPED.glob("*.yaml")))
    for kind in CaseKind:
        own = playbook_for(kind)
        assert own.kind == kind and not own.quality_refund
        assert len(own.steps) >= 3
    for kind in REFUND_KINDS:
        quality = playbook_for(kind, quality_refund=True)
        assert quality.quality_refund and quality.kind == kind
        assert [s.key for s in quality.steps][:2] == ["talk_first", "offer_alternative"]
    # A kind with no quality playbook of its own keeps its own.
    assert playbook_for(CaseKind.EXCHANGE, quality_refund=True).key == "exchange"


def test_shipped_steps_speak_both_languages_and_suggest_only_known_things() -> None:
    for book in library().playbooks:
        for step in book.steps:
            for text in (step.title, step.help, step.evidence, step.question,
                         *(a.label for a in step.answers)):
                if text is not None:
                    assert text.zh_CN.strip() and text.en.strip()
                    assert text.zh_CN != text.en
            if step.suggest is not None:
                assert step.suggest.template in TEMPLATES | {None}
                assert step.suggest.status is None or step.suggest.status in CaseStatus
        last = book.steps[-1]
        assert last.suggest is not None and last.suggest.status in (CaseStatus.RESOLVED,
                                                                    CaseStatus.REJECTED,
                                                                    CaseStatus.WAITING_BUYER)


def _case_of(store, kind: CaseKind, quality: bool) -> dict:
    for row in list_cases(store, CaseFilter(kinds=(kind.value,)), limit=200):
        detail = case_detail(store, row.id)
        if detail["quality_refund"] == quality:
            return detail
    raise AssertionError(f"the demo store holds no {kind} case (quality {quality})")


WHICH = [(k, False) for k in CaseKind] + [(k, True) for k in sorted(REFUND_KINDS)]


@pytest.mark.parametrize(("kind", "quality"), WHICH, ids=[f"{k}{'-q' if q else ''}"
                                                          for k, q in WHICH])
@pytest.mark.parametrize("choose", [0, -1], ids=["first-answers", "last-answers"])
def test_a_case_of_each_kind_walks_its_playbook_to_the_end(demo_store, kind, quality,
                                                          choose) -> None:
    detail = _case_of(demo_store, kind, quality)
    book = detail["playbook"]
    assert book["key"] == playbook_for(kind, quality).key
    ticked: list[str] = []
    while book["next"] is not None:
        step = next(s for s in book["steps"] if s["key"] == book["next"])
        assert step["state"] == "current"
        answer = step["answers"][choose]["key"] if step["answers"] else True
        before = len(detail["history"])
        result = tick(demo_store, "lina", detail["id"], step["key"], answer=answer,
                      version=detail["version"])
        detail = case_detail(demo_store, detail["id"])
        # One event per tick, saying which step and which answer.
        assert len(detail["history"]) == before + 1
        event = detail["history"][-1]
        assert (event["action"], event["actor"], event["changes"]["step"]) == (
            "step", "lina", step["key"])
        assert event["changes"].get("answer", True) == answer
        assert result.playbook["done"] == detail["playbook"]["done"] == len(ticked) + 1
        ticked.append(step["key"])
        book = detail["playbook"]
        assert len(ticked) <= len(book["steps"])
    assert book["complete"] and book["done"] == book["total"] == len(ticked)
    skipped = [s["key"] for s in book["steps"] if s["state"] == "skipped"]
    assert len(ticked) + len(skipped) == len(book["steps"])

    undone = tick(demo_store, "lina", detail["id"], ticked[-1], undo=True)
    assert undone.playbook["done"] == len(ticked) - 1 and not undone.playbook["complete"]
    after = case_detail(demo_store, detail["id"])
    assert after["history"][-1]["changes"]["undo"] is True
    assert after["playbook"]["next"] == ticked[-1]
    assert verify(demo_store).ok


def test_a_branch_skips_steps_and_undoing_it_brings_them_back(demo_store) -> None:
    case = _case_of(demo_store, CaseKind.RETURN_REFUND, False)
    tick(demo_store, "lina", case["id"], "agree_return")
    tick(demo_store, "lina", case["id"], "wait_parcel")
    t = tick(demo_store, "lina", case["id"], "inspect", answer="problem")
    states = {s["key"]: s["state"] for s in t.playbook["steps"]}
    assert states["refund"] == "skipped" and states["refuse_with_proof"] == "current"
    assert t.playbook["total"] == 4
    skipped = next(s for s in t.playbook["steps"] if s["key"] == "refund")
    assert skipped["skipped_by"]["key"] == "inspect"
    with pytest.raises(StepRefused, match="skipped it"):
        tick(demo_store, "lina", case["id"], "refund")
    back = tick(demo_store, "lina", case["id"], "inspect", undo=True)
    assert {s["key"]: s["state"] for s in back.playbook["steps"]}["refund"] == "todo"


@pytest.mark.parametrize(("key", "answer", "words"), [
    ("no_such_step", True, "has no step 'no_such_step'"),
    ("inspect", True, "asks a question"),
    ("inspect", "perhaps", "'perhaps' is not one of"),
    ("agree_return", "as_sent", "asks no question"),
])
def test_a_refused_tick_writes_nothing(demo_store, key, answer, words) -> None:
    case = _case_of(demo_store, CaseKind.RETURN_REFUND, False)
    with pytest.raises(StepRefused, match=words):
        tick(demo_store, "lina", case["id"], key, answer=answer)
    assert case_detail(demo_store, case["id"])["version"] == case["version"]


def test_a_tick_on_a_case_changed_since_it_was_read_is_refused(demo_store) -> None:
    case = _case_of(demo_store, CaseKind.URGE, False)
    tick(demo_store, "wang", case["id"], "reply_buyer", version=case["version"])
    with pytest.raises(StaleCase) as stale:
        tick(demo_store, "lina", case["id"], "chase_warehouse", answer="shipping",
             version=case["version"])
    assert stale.value.by == "wang"


def test_the_case_detail_carries_its_playbook_and_suggestions_follow_the_state_machine(
        demo_store) -> None:
    case = _case_of(demo_store, CaseKind.EXCEPTION_PARCEL, False)
    book = case["playbook"]
    assert book["key"] == "exception_parcel" and book["lang"] == "en"
    first = book["steps"][0]
    assert first["suggest"]["template"] == "ask_damage_photos"
    assert first["evidence_missing"] and "confirm_problem" in book["missing_evidence"]
    zh = playbook_json(case, "zh_CN")
    assert zh["steps"][0]["title"] == "联系买家确认问题"
    # A suggested move the state machine refuses from the current status is not offered.
    closed = {**case, "status": "resolved"}
    assert not playbook_json(closed)["steps"][0]["suggest"]["status_allowed"]
    fresh = {**case, "status": "new"}
    assert playbook_json(fresh)["steps"][0]["suggest"]["status_allowed"]


# -- broken files ----------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "playbooks"
    shutil.copytree(SHIPPED, out)
    return out


def _line_of(path: Path, marker: str) -> int:
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if marker in line)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def _faults(folder: Path) -> list[str]:
    with pytest.raises(PlaybookError) as err:
        library(folder)
    assert isinstance(err.value, DomainError)
    assert all(f in str(err.value) for f in err.value.faults)
    return err.value.faults


def test_a_copy_of_the_shipped_folder_loads(folder: Path) -> None:
    assert {b.key for b in library(folder).playbooks} == {b.key for b in library().playbooks}


def test_a_duplicate_key_is_named_with_its_file_and_line(folder: Path) -> None:
    f = folder / "refund_only.yaml"
    _edit(f, "  - key: stop_parcel\n", "  - key: stop_parcel\n    key: stop_it\n")
    line = _line_of(f, "key: stop_it")
    assert f"{f}:{line}: the key 'key' appears twice in one mapping" in _faults(folder)


def test_an_unknown_field_is_named_with_its_line(folder: Path) -> None:
    f = folder / "repair.yaml"
    _edit(f, "  - key: free_repair\n", "  - key: free_repair\n    colour: red\n")
    line = _line_of(f, "colour: red")
    assert _faults(folder) == [f"{f}:{line}: steps[1]: unknown field 'colour'"]


def test_a_missing_title_is_named_at_its_step(folder: Path) -> None:
    f = folder / "exchange.yaml"
    line = _line_of(f, "title: {zh_CN: \"发出新商品")
    _edit(f, _read_line(f, line), "")
    assert _faults(folder) == [
        f"{f}:{line - 1}: steps[3]: 'title' is a required property"]


def _read_line(path: Path, n: int) -> str:
    return path.read_text("utf-8").splitlines(keepends=True)[n - 1]


def test_a_missing_english_text_is_named_at_its_line(folder: Path) -> None:
    f = folder / "urge.yaml"
    _edit(f, 'title: {zh_CN: "催发货", en: "Urged shipment"}', 'title: {zh_CN: "催发货"}')
    assert _faults(folder) == [f"{f}:4: title: 'en' is a required property"]


def test_a_branch_to_a_step_that_does_not_exist_is_named(folder: Path) -> None:
    f = folder / "refund_only.yaml"
    _edit(f, "skips: [stop_parcel]", "skips: [stop_the_parcel]")
    line = _line_of(f, "stop_the_parcel")
    assert _faults(folder) == [
        f"{f}:{line}: answer 'not_shipped' of step 'check_shipped' goes to step "
        "'stop_the_parcel', which this playbook does not have"]


def test_a_branch_back_to_an_earlier_step_is_refused(folder: Path) -> None:
    f = folder / "urge.yaml"
    _edit(f, "next: out_of_stock", "next: reply_buyer")
    assert "goes back to step 'reply_buyer'" in _faults(folder)[0]


def test_a_second_step_with_the_same_key_is_named(folder: Path) -> None:
    f = folder / "exchange.yaml"
    _edit(f, "  - key: send_new", "  - key: inspect")
    lines = [n for n, t in enumerate(f.read_text("utf-8").splitlines(), 1)
             if t.strip() == "- key: inspect"]
    assert len(lines) == 2
    assert _faults(folder) == [f"{f}:{lines[1]}: a second step 'inspect'"]


def test_bad_yaml_is_named_with_its_line(folder: Path) -> None:
    f = folder / "reship.yaml"
    f.write_text("key: reship\nkind: reship\ntitle: {zh_CN: 补发\nsteps: []\n", "utf-8")
    (fault,) = _faults(folder)
    assert fault.startswith(f"{f}:4: not valid YAML")


def test_two_playbooks_for_one_kind_and_a_kind_without_one(folder: Path) -> None:
    shutil.copy(folder / "repair.yaml", folder / "repair_again.yaml")
    _edit(folder / "repair_again.yaml", "key: repair\n", "key: repair_again\n")
    faults = _faults(folder)
    assert faults == [f"{folder / 'repair_again.yaml'}:1: a second playbook for repair "
                      f"(the first is in {folder / 'repair.yaml'})"]
    (folder / "repair_again.yaml").unlink()
    (folder / "urge.yaml").unlink()
    assert _faults(folder) == [f"{folder}: no playbook for urge"]


def test_every_fault_of_a_folder_is_listed_at_once(folder: Path) -> None:
    _edit(folder / "urge.yaml", "kind: urge", "kind: hurry")
    _edit(folder / "repair.yaml", "  - key: free_repair\n", "  - key: Free Repair\n")
    faults = _faults(folder)
    assert len(faults) == 2
    bad_key = _line_of(folder / "repair.yaml", "Free Repair")
    assert faults[0].startswith(f"{folder / 'repair.yaml'}:{bad_key}: steps[1].key:")
    assert faults[1].startswith(f"{folder / 'urge.yaml'}:3: kind: 'hurry' is not one of")
