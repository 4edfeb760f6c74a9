"""One case of each kind walked from new to closed in the real window, as an agent
does it: a macro (claim and greet), every step of its playbook, a reply from a
template, then closed; the timeline shows each of these."""

from __future__ import annotations

import pytest

from app.domain.enums import CaseKind
from app.domain.filters import CaseFilter
from app.services.cases import case_detail, list_cases
from app.services.verify import verify
from tests.conftest import FIXED_NOW
from tests.ui.conftest import USER, make_window, select_case


@pytest.fixture(scope="module")
def walk_data(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from app.services import demo
    from app.services.store import open_store

    folder = tmp_path_factory.mktemp("walk")
    store = open_store(folder)
    demo.generate(store, 2500, seed=11, now=FIXED_NOW)
    store.close()
    return folder


@pytest.fixture
def walk_window(qtbot, qloop, english, walk_data, ui_settings):  # type: ignore[no-untyped-def]
    from app.services.inbox import Inbox
    from app.services.store import open_store

    store = open_store(walk_data)
    w = make_window(qtbot, Inbox(store, USER), ui_settings)
    yield w
    w.jobs.close()
    store.close()


def _wait(qtbot, window, version: int) -> None:  # type: ignore[no-untyped-def]
    case_id = window.pane.detail["id"]
    qtbot.waitUntil(lambda: window.jobs.busy == 0 and window.pane.detail["version"] >= version,
                    timeout=8000)
    # The pane stays on the case the agent acted on, whatever the list did meanwhile.
    assert window.pane.detail["id"] == case_id
    assert not window.pane.notice.isVisible(), window.pane.notice.text()


@pytest.mark.parametrize("kind", [k.value for k in CaseKind])
def test_a_case_of_each_kind_from_new_to_closed(qtbot, walk_window, kind: str) -> None:
    window = walk_window
    store = window.inbox.store
    found = list_cases(store, CaseFilter(kinds=(kind,), statuses=("new",)), limit=1)
    assert found, f"the demo has no new {kind} case"
    case_id = found[0].id
    select_case(qtbot, window, case_id)
    qtbot.waitUntil(lambda: window.pane.detail is not None
                    and window.pane.detail["id"] == case_id and window.jobs.busy == 0,
                    timeout=8000)
    pane, reply = window.pane, window.pane.reply_tab
    start = pane.detail["version"]

    # A macro: claim, in progress, and the greeting sent, as one event.
    reply.request_macro("claim_and_greet")
    _wait(qtbot, window, start + 1)
    assert pane.detail["assignee"] == USER and pane.detail["status"] == "in_progress"

    # Every step of its playbook, in the order the Handle tab offers them.
    ticked = 0
    for _ in range(20):
        steps = pane.detail["playbook"]["steps"]
        todo = [s for s in steps if s["state"] in ("current", "todo")]
        if not todo:
            break
        step = todo[0]
        answer = step["answers"][0]["key"] if step["answers"] else True
        version = pane.detail["version"]
        pane.handle_tab.step_toggled.emit(step["key"], answer, False)
        _wait(qtbot, window, version + 1)
        ticked += 1
    playbook = pane.detail["playbook"]
    assert ticked >= 2 and not [s for s in playbook["steps"] if s["state"] in ("current", "todo")]

    # A reply from a template, rendered for this case and marked as sent.
    version = pane.detail["version"]
    pane.tabs.setCurrentWidget(reply)
    reply.choose("solved_confirm")
    assert not reply.missing_box.isVisible()
    text = reply.reply_text()
    assert text and "{{" not in text
    reply.mark_sent()
    _wait(qtbot, window, version + 1)

    version = pane.detail["version"]
    close = next(a for a in pane.actions.status_menu.actions() if a.objectName() == "to_resolved")
    close.trigger()
    _wait(qtbot, window, version + 1)
    detail = pane.detail
    assert detail["status"] == "resolved" and not detail["open"]

    history = case_detail(store, case_id)["history"]
    mine = history[-(ticked + 3):]
    assert [h["action"] for h in mine] == ["macro", *["step"] * ticked, "reply", "status"], \
        [h["action"] for h in history]
    shown = [pane.timeline.item(r, 2).text() for r in range(pane.timeline.rowCount())]
    assert len(shown) == len(history)
    assert shown[:ticked + 3] == ["Status changed", "Reply sent", *["Playbook step"] * ticked,
                                  "Macro"]
    assert verify(store).ok
