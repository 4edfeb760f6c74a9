"""Fixtures for driving the real window offscreen.

`qloop` is the asyncio loop inside Qt for one test (qasync, marked as running so
that pytest-qt's waiting runs its callbacks). Errors reported to the loop are
collected and raised at teardown; pending tasks are cancelled and the loop closed.
No pytest-asyncio.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from tests.conftest import FIXED_NOW

USER = "lina"


@pytest.fixture
def qloop(qapp):  # type: ignore[no-untyped-def]
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict] = []

    def handler(_loop, context):  # type: ignore[no-untyped-def]
        if not isinstance(context.get("exception"), asyncio.CancelledError):
            errors.append(context)

    loop.set_exception_handler(handler)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    deadline = 200
    while deadline and any(not t.done() for t in asyncio.all_tasks(loop)):
        qapp.processEvents()
        deadline -= 1
    # not loop.stop(): it calls QApplication.exit(), which would end pytest-qt's waits
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    with contextlib.suppress(RuntimeError, TypeError):
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
    loop._after_run_forever()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)
    if errors:
        raise AssertionError(f"errors in the event loop: {errors}")


@pytest.fixture(autouse=True)
def bug_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """The bug dialogs a test caused, as (title, text), instead of real message boxes.

    A test that expects one takes them out (`.clear()`); any left over fails it.
    """
    from ui import bugs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(bugs, "dialog", lambda _parent, title, text: shown.append((title, text)))
    yield shown
    assert not shown, f"a bug dialog nobody expected: {shown}"


@pytest.fixture
def bug_log(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The program's log, written to a file of this test's own."""
    from app import log

    monkeypatch.setattr(log, "_installed", None)
    monkeypatch.setattr(log, "_path", None)
    path = log.setup_logging(tmp_path / "log-data", "INFO")
    yield path
    handler = log._installed
    if handler is not None:
        log.logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def ui_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def inbox(demo_store):  # type: ignore[no-untyped-def]
    from app.services.inbox import Inbox

    return Inbox(demo_store, USER)


def make_window(qtbot, inbox, settings, view: str = "all"):  # type: ignore[no-untyped-def]
    from ui.app import application
    from ui.main_window import MainWindow

    application()
    w = MainWindow(inbox, settings, now=lambda: FIXED_NOW)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    settings.setValue("inbox/view", view)
    w.switch_view(view)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.controller.total is not None and bool(w.controller.counts) and w.jobs.busy == 0, timeout=10000)
    qtbot.waitUntil(lambda: w.pane.detail is not None or w.model.rowCount() == 0, timeout=10000)
    return w


@pytest.fixture
def window(qtbot, qloop, english, inbox, ui_settings):  # type: ignore[no-untyped-def]
    w = make_window(qtbot, inbox, ui_settings)
    yield w
    w.jobs.close()


def select_case(qtbot, window, case_id: int) -> None:  # type: ignore[no-untyped-def]
    """Open a case as an agent does: select its row in the table, the pane follows."""
    row = window.model.row_of(case_id)
    assert row >= 0, f"case {case_id} is not in the view"
    window.table.select_row(row)
    qtbot.waitUntil(lambda: window.pane.detail is not None
                    and window.pane.detail["id"] == case_id and window.jobs.busy == 0,
                    timeout=8000)
