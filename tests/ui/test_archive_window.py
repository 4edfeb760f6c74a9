"""An archive in the window: the banner says what it is and whether it verifies, the
writing controls are off, a change forced through anyway is refused in words, and
File → Open archive… opens one in a window of its own."""

from __future__ import annotations

import pytest

from app.domain.archive_info import ArchiveScope
from app.services.archive import make_archive
from app.services.archive_open import open_archive
from app.services.inbox import Inbox
from tests.services.archive_helpers import flip_byte, sha256
from tests.ui.conftest import make_window


@pytest.fixture
def archived(demo_store, tmp_path):  # type: ignore[no-untyped-def]
    return make_archive(demo_store, tmp_path / "desk.archive", ArchiveScope(), "zhaoli").path


def _window(qtbot, ui_settings, path, team):  # type: ignore[no-untyped-def]
    store = open_archive(path, team_dir=team)
    return make_window(qtbot, Inbox(store, "zhaoli"), ui_settings)


def _close(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.jobs.busy == 0, timeout=10000)  # no job left on the store
    w.jobs.close()
    w.close()
    w.inbox.store.close()


def test_the_banner_names_the_archive_and_the_controls_that_write_are_off(
        qtbot, qloop, english, ui_settings, archived, demo_store):  # type: ignore[no-untyped-def]
    before = sha256(archived)
    w = _window(qtbot, ui_settings, archived, demo_store.location.data_dir)
    try:
        banner = w.archive_banner.label
        assert banner.isVisible()
        assert "Archive made" in banner.text() and "by zhaoli — read-only." in banner.text()
        assert "Signature verified with this team's key." in banner.text()
        assert banner.property("warning") is False
        assert w.pane.detail is not None and not w.pane.actions.isEnabled()
        assert not w.pane.reply_tab.sent_button.isEnabled()
        assert not w.pane.evidence_tab.attach_button.isEnabled()
        assert all(not a.isEnabled() for a in w.bulk_work.actions.values())
        from PySide6.QtWidgets import QAbstractButton

        steps = w.pane.handle_tab.findChildren(QAbstractButton)
        assert steps and not any(b.isEnabled() for b in steps)
        money = w.pane.actions_tab.findChildren(QAbstractButton)
        assert not any(b.isEnabled() for b in money)
        # Forced through anyway (a shortcut, a script): the store refuses it in words.
        case_id = w.pane.detail["id"]
        version = w.pane.detail["version"]
        w.case_actor.perform(case_id, [{"do": "note", "text": "offline"}])
        qtbot.waitUntil(lambda: w.pane.notice.isVisible(), timeout=5000)
        assert "it cannot be changed" in w.pane.notice.text()
        assert "zhaoli" in w.pane.notice.text()
        assert w.pane.detail["version"] == version
        assert str(archived) in w.description
    finally:
        _close(qtbot, w)
    assert sha256(archived) == before


def test_a_tampered_archive_says_so_in_red(qtbot, qloop, english, ui_settings, archived,
                                           demo_store):  # type: ignore[no-untyped-def]
    flip_byte(archived, "snapshot.sqlite", 0.95)
    w = _window(qtbot, ui_settings, archived, demo_store.location.data_dir)
    try:
        text = w.archive_banner.label.text()
        assert "DOES NOT VERIFY: snapshot.sqlite was changed" in text
        assert w.archive_banner.label.property("warning") is True
    finally:
        _close(qtbot, w)


def test_another_key_is_named(qtbot, qloop, english, ui_settings, archived, tmp_path):  # type: ignore[no-untyped-def]
    from app.services.signing import load_or_create_key

    load_or_create_key(tmp_path / "laptop")  # this laptop's own, different key
    w = _window(qtbot, ui_settings, archived, tmp_path / "laptop")
    try:
        text = w.archive_banner.label.text()
        assert "Signed by another key" in text and "not this team's" in text
    finally:
        _close(qtbot, w)


def test_a_computer_without_a_team_key_says_it_cannot_compare(qtbot, qloop, english, ui_settings,
                                                               archived, tmp_path):  # type: ignore[no-untyped-def]
    w = _window(qtbot, ui_settings, archived, tmp_path / "bare-laptop")
    try:
        text = w.archive_banner.label.text()
        assert "this computer has no team key" in text and "another key" not in text
    finally:
        _close(qtbot, w)


def test_file_open_archive_opens_it_in_a_window_of_its_own(window, archived, monkeypatch):  # type: ignore[no-untyped-def]
    from ui import archive_banner

    assert not window.archive_banner.label.isVisible()  # the live store: no banner
    action = window.archive_banner.open_action
    assert action in window.file_menu.actions() and action.text() == "Open &archive…"
    launched: list = []
    monkeypatch.setattr(archive_banner, "choose_file", lambda _parent: str(archived))
    monkeypatch.setattr(archive_banner, "launch", lambda path: launched.append(path) or True)
    action.trigger()
    assert launched == [archived]
    monkeypatch.setattr(archive_banner, "choose_file", lambda _parent: "")
    action.trigger()
    assert launched == [archived]  # cancelled: nothing opened
    assert window.pane.actions.isEnabled()
