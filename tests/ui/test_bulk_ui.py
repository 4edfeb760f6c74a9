"""Bulk work in the real window: a selection of rows, one action, a result per case."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from app.services.cases import case_detail
from app.services.verify import verify


def test_move_a_selection_reports_per_case_and_refusals_first(qtbot, window, inbox) -> None:
    model = window.model
    n = min(200, model.rowCount())
    sel = QItemSelection(model.index(0, 0), model.index(n - 1, 0))
    window.table.selectionModel().select(
        sel, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    from ui.bulk_work import selected_ids

    ids = selected_ids(window)
    assert len(ids) == n
    work = window.bulk_work
    work.choose = lambda *_a: "In progress"  # type: ignore[method-assign]
    before = {i: case_detail(inbox.store, i)["status"] for i in ids}
    work.actions["status"].trigger()
    qtbot.waitUntil(lambda: work.last_results is not None, timeout=10000)
    results = work.last_results
    assert len(results) == n
    done = [r for r in results if getattr(r, "version", None) is not None]
    refused = [r for r in results if getattr(r, "version", None) is None]
    assert done and refused  # closed and in-progress cases cannot move to in progress
    for r in done:
        assert case_detail(inbox.store, r.case_id)["status"] == "in_progress"
    for r in refused:
        assert case_detail(inbox.store, r.case_id)["status"] == before[r.case_id]
    table = work.dialog.table
    assert table.rowCount() == n
    assert table.item(0, 1).text() == "Refused" and table.item(0, 2).text()
    from PySide6.QtWidgets import QLabel

    summary = work.dialog.findChild(QLabel, "bulkSummary").text()
    assert summary == f"{len(done):,} of {n:,} cases changed, {len(refused):,} refused."
    assert verify(inbox.store).ok


def test_a_bulk_action_without_a_selection_says_so(qtbot, window) -> None:
    window.table.clearSelection()
    window.bulk_work.actions["tag"].trigger()
    assert "Select the cases first" in window.statusBar().currentMessage()


def test_approve_selected_refunds_in_batches_refusing_what_is_not_one(qtbot, window,
                                                                       inbox) -> None:
    from ui.bulk_work import selected_ids

    model = window.model
    n = min(60, model.rowCount())
    window.table.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(n - 1, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    ids = selected_ids(window)
    before = {i: case_detail(inbox.store, i) for i in ids}
    from app.services.refunds import offered_actions

    approvable = {i for i in ids if "approve_refund" in offered_actions(inbox.store, i)}
    assert approvable and len(approvable) < len(ids)
    work = window.bulk_work
    asked: list[str] = []
    work.confirm = lambda title, _text: asked.append(title) or True  # type: ignore[method-assign]
    work.actions["refunds"].trigger()
    qtbot.waitUntil(lambda: work.last_results is not None, timeout=20000)
    assert asked == [f"Approve {len(ids)} refunds"]
    done = {r.case_id for r in work.last_results if getattr(r, "version", None) is not None}
    refused = [r for r in work.last_results if getattr(r, "version", None) is None]
    assert done == approvable
    assert {r.code for r in refused} == {"action_not_allowed"}
    for case_id in done:
        after = case_detail(inbox.store, case_id)
        assert after["status"] == "resolved"
        assert after["history"][-1]["changes"]["refunded"] == before[case_id]["amount"]
    for r in refused:
        assert case_detail(inbox.store, r.case_id)["status"] == before[r.case_id]["status"]
    texts = {work.dialog.table.item(row, 2).text() for row in range(len(refused))}
    assert texts == {"Not a refund-only case waiting for a decision."}
    assert verify(inbox.store).ok
