"""A bug in the window leaves its traceback in the log and says so in a dialog; a
known error does neither (it is shown where it happened)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from ui import bugs


def test_a_forced_bug_leaves_a_log_with_the_traceback_and_a_dialog(
        qtbot, window, inbox, bug_log, bug_dialogs, monkeypatch) -> None:
    def counts_with_a_bug(_filters):  # type: ignore[no-untyped-def]
        raise RuntimeError("counts went negative")

    monkeypatch.setattr(inbox, "counts", counts_with_a_bug)
    window.controller.refresh_counts()
    qtbot.waitUntil(lambda: bool(bug_dialogs), timeout=5000)
    (title, text), = bug_dialogs
    bug_dialogs.clear()
    assert "bug" in title
    assert "Counting views" in text and str(bug_log) in text
    log = bug_log.read_text("utf-8")
    assert "bug while Counting views" in log
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: counts went negative" in log and "counts_with_a_bug" in log
    qtbot.waitUntil(lambda: window.jobs.busy == 0)
    assert "counts went negative" in window.statusBar().currentMessage()


def test_a_bug_in_a_dialogs_job_is_logged_and_shown(qtbot, qapp, english, bug_log,
                                                    bug_dialogs) -> None:
    from ui.jobs import Jobs

    jobs = Jobs(names=lambda name: f"doing {name}")

    def broken() -> None:
        raise KeyError("no such column")

    job = jobs.job("preview")
    with qtbot.waitSignal(job.failed) as failed:
        job.start(broken)
    assert failed.args == ["'no such column'", False]
    qtbot.waitUntil(lambda: bool(bug_dialogs))
    assert "doing preview" in bug_dialogs.pop()[1]
    assert "KeyError: 'no such column'" in bug_log.read_text("utf-8")
    assert not job.running() and jobs.busy == 0
    jobs.close()


def test_known_errors_and_cancels_are_no_bugs(qtbot, qapp, english, bug_log,
                                              bug_dialogs) -> None:
    from app.domain.errors import DomainError
    from ui.jobs import Jobs

    jobs = Jobs()
    job = jobs.job("import")

    def refused() -> None:
        raise DomainError("cannot move a case from 'closed' to 'new'")

    with qtbot.waitSignal(job.failed) as failed:
        job.start(refused)
    assert failed.args == ["cannot move a case from 'closed' to 'new'", False]

    def cancelled_import() -> None:
        assert job.wait_for_cancel(10)
        raise DomainError("the import was cancelled")

    with qtbot.waitSignal(job.failed) as failed:
        job.start(cancelled_import)
        job.cancel()
    assert failed.args[1] is True
    qtbot.wait(50)
    assert bug_dialogs == []
    assert "Traceback" not in bug_log.read_text("utf-8") if bug_log.exists() else True
    jobs.close()


def test_a_bare_value_error_is_shown_in_place_and_its_origin_logged(
        qtbot, qapp, english, bug_log, bug_dialogs) -> None:
    from ui.jobs import Jobs

    jobs = Jobs(names=lambda name: f"doing {name}")
    job = jobs.job("export")

    def deep() -> None:
        raise ValueError("not a number")

    with qtbot.waitSignal(job.failed) as failed:
        job.start(deep)
    assert failed.args == ["not a number", False]
    qtbot.wait(50)
    assert bug_dialogs == []  # shown where it happened, as a known error is
    log = bug_log.read_text("utf-8")
    assert "doing export refused: ValueError: not a number" in log and "in deep" in log
    jobs.close()


def test_the_excepthook_reports_an_uncaught_exception(qapp, english, bug_log,
                                                      bug_dialogs) -> None:
    try:
        {}["missing"]
    except KeyError:
        bugs.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    (_title, text), = bug_dialogs
    bug_dialogs.clear()
    assert str(bug_log) in text and "handling an event of the window" in text
    assert "KeyError: 'missing'" in bug_log.read_text("utf-8")


def test_the_loop_handler_reports_a_tasks_bug_and_ignores_cancels(qapp, english, bug_log,
                                                                  bug_dialogs) -> None:
    loop = asyncio.new_event_loop()
    try:
        bugs.loop_exception_handler(loop, {"exception": asyncio.CancelledError()})
        assert bug_dialogs == []
        bugs.loop_exception_handler(loop, {"message": "Task exception was never retrieved",
                                           "exception": ZeroDivisionError("division by zero")})
    finally:
        loop.close()
    (_title, text), = bug_dialogs
    bug_dialogs.clear()
    assert "Task exception was never retrieved" in text
    assert "ZeroDivisionError: division by zero" in bug_log.read_text("utf-8")


def test_the_dialog_is_translated(qapp, bug_log) -> None:
    from ui import i18n

    i18n.install("zh_CN")
    try:
        text = bugs.message("counting views", bug_log)
    finally:
        i18n.install("en")
    assert "日志" in text and str(bug_log) in text


@pytest.mark.parametrize("exc, known", [
    (OSError("disk full"), True), (ValueError("not a date"), True),
    (RuntimeError("oops"), False), (KeyError("x"), False), (AttributeError("y"), False)])
def test_what_counts_as_known(exc: BaseException, known: bool) -> None:
    assert bugs.is_known(exc) is known
