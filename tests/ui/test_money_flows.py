"""The three flows an agent does most, by keyboard alone, in the real window over a
real store, every key press counted (a typed "5" is one press, a chord such as
Ctrl+Alt+C one): each starts with the case open in the pane and the case list
focused, as an agent has it after J/K. The counts are README's "Keyboard flows".

1. Damaged parcel: ask for photos (the ask_damage_photos macro), compensate ¥5, close.
2. Refund only: approve.
3. Reject with a reason and its evidence (the images already on the case).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from app.domain.filters import CaseFilter
from app.services import evidence, payment_lists
from app.services.cases import case_detail, list_cases
from app.services.shop_costs import case_cost
from tests.ui.conftest import select_case
from tests.ui.evidence_helpers import write_jpeg

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# What README's table says; the walk below must not take more.
FLOW_KEYS = {"damaged_compensate_close": 10, "refund_only_approve": 2, "reject_with_evidence": 3}


class Keyboard:
    """Presses keys on whatever has the focus (or the open pop-up menu), counting them."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        target = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        QTest.keyClick(target, key, modifiers)
        self.count += 1

    def type(self, text: str) -> None:
        for ch in text:
            target = QApplication.focusWidget()
            assert target is not None
            QTest.keyClicks(target, ch)
            self.count += 1


def _new_case(store, kind: str, **more):  # type: ignore[no-untyped-def]
    found = list_cases(store, CaseFilter(kinds=(kind,), statuses=("new", "in_progress"),
                                         **more), limit=300)
    assert found, f"the demo has no new {kind} case"
    return found


def _ready(qtbot, window, case_id: int) -> None:  # type: ignore[no-untyped-def]
    select_case(qtbot, window, case_id)
    tab = window.pane.actions_tab
    qtbot.waitUntil(lambda: tab.ready and window.jobs.busy == 0, timeout=8000)
    window.table.setFocus()
    qtbot.waitUntil(lambda: window.table.hasFocus(), timeout=3000)


def _dialog_focused(qtbot, window, name: str):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.actions_work.dialog is not None
                    and window.actions_work.dialog.objectName() == name
                    and window.actions_work.dialog.isVisible()
                    and window.actions_work.dialog.isAncestorOf(QApplication.focusWidget()),
                    timeout=5000)
    return window.actions_work.dialog


def _closed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.actions_work.dialog is None and window.jobs.busy == 0,
                    timeout=8000)


def test_damaged_parcel_photos_compensate_close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    store = window.inbox.store
    case = next(c for c in _new_case(store, "exception_parcel")
                if case_detail(store, c.id)["exception_subtype"] == "damaged")
    _ready(qtbot, window, case.id)
    keys = Keyboard(qtbot)
    start = window.pane.detail["version"]

    keys.press(Qt.Key.Key_1, CTRL_ALT)  # 请买家补图: claimed, waiting for the buyer, tagged
    qtbot.waitUntil(lambda: window.pane.detail["version"] > start and window.jobs.busy == 0
                    and window.pane.actions_tab.ready, timeout=8000)
    assert window.pane.detail["status"] == "waiting_buyer"

    keys.press(Qt.Key.Key_C, CTRL_ALT)  # Compensate…
    dialog = _dialog_focused(qtbot, window, "compensateDialog")
    assert "left on this order" in dialog.rules.text()
    keys.type("5")
    keys.press(Qt.Key.Key_Return)
    _closed(qtbot, window)
    assert "approved" in window.pane.notice.text()

    keys.press(Qt.Key.Key_S, CTRL_SHIFT)  # Move to…: the statuses it may go to next
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    menu = QApplication.activePopupWidget()
    names = [a.objectName() for a in menu.actions()]
    for _ in range(names.index("to_resolved") + 1):
        keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pane.detail["status"] == "resolved"
                    and window.jobs.busy == 0, timeout=8000)

    assert keys.count <= 12
    assert keys.count == FLOW_KEYS["damaged_compensate_close"]
    paid = payment_lists.list_payments(store, case=case.id)
    assert [(p["amount_fen"], p["status"]) for p in paid] == [(500, "approved")]
    detail = case_detail(store, case.id)
    assert detail["status"] == "resolved"
    assert [e["action"] for e in detail["history"]][-3:] == ["macro", "payment_requested",
                                                            "status"]
    assert case_cost(store, case.id)["parts"]["compensation"]["fen"] == 500


def test_refund_only_approve(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    store = window.inbox.store
    case = _new_case(store, "refund_only")[0]
    _ready(qtbot, window, case.id)
    amount = window.pane.detail["amount"]
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_F, CTRL_ALT)  # Approve refund…: the case's amount filled in
    _dialog_focused(qtbot, window, "approveRefundDialog")
    keys.press(Qt.Key.Key_Return)
    _closed(qtbot, window)

    assert keys.count <= 3
    assert keys.count == FLOW_KEYS["refund_only_approve"]
    detail = case_detail(store, case.id)
    assert detail["status"] == "resolved"
    last = detail["history"][-1]
    assert last["action"] == "approve_refund" and last["actor"] == window.user
    assert amount in str(last["changes"])
    assert case_cost(store, case.id)["explicit"]["yuan"] == amount


def test_reject_with_reason_and_evidence(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = window.inbox.store
    case = _new_case(store, "refund_only", platforms=("douyin",))[0]
    photos = [write_jpeg(tmp_path / f"签收照片{i}.jpg", color=c)
              for i, c in enumerate(("#c98a3b", "#3bc98a"))]
    evidence.attach(store, window.user, case.id, [evidence.Source.file(p) for p in photos])
    ids = [r["id"] for r in evidence.list_evidence(store, case.id)]
    _ready(qtbot, window, case.id)
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_J, CTRL_ALT)  # Reject…
    dialog = _dialog_focused(qtbot, window, "rejectDialog")
    keys.press(Qt.Key.Key_Down)  # the platform's first reason: needs images, no description
    reason = dialog.chosen_reason()
    assert reason is not None and reason.needs_images and not reason.needs_note
    assert dialog.files.chosen() == ids  # the case's images, ticked up to the limit
    keys.press(Qt.Key.Key_Return)
    _closed(qtbot, window)

    assert keys.count <= 8
    assert keys.count == FLOW_KEYS["reject_with_evidence"]
    detail = case_detail(store, case.id)
    assert detail["status"] == "rejected"
    last = detail["history"][-1]
    assert last["action"] == "reject"
    said = str(last["changes"])
    assert reason.code in said
    assert all(str(i) in said or p.name in said for i, p in zip(ids, photos, strict=True))


@pytest.mark.parametrize("flow", sorted(FLOW_KEYS))
def test_readme_shows_the_counts(flow: str) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    table = readme[readme.index("### Keyboard flows"):]
    row = next(line for line in table.splitlines() if f"`{flow}`" in line)
    assert f"| {FLOW_KEYS[flow]} |" in row
