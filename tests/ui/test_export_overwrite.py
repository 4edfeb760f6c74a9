"""The window never writes an export over a file the user did not agree to replace,
and never over the store itself."""

from __future__ import annotations

from pathlib import Path

import pytest

WAIT = 20000


@pytest.fixture
def actions(qtbot, demo_store):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from ui.import_actions import ImportExportActions

    window = QMainWindow()
    window.store = demo_store  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    return ImportExportActions(window)


def test_an_existing_file_named_by_the_program_is_not_replaced(qtbot, actions, tmp_path: Path) -> None:
    out = tmp_path / "view.csv"
    out.write_text("keep me", "utf-8")
    with qtbot.waitSignal(actions.export_job.failed, timeout=WAIT):
        actions.export_view(out)
    assert out.read_text("utf-8") == "keep me"
    assert "view.csv" in actions.window.statusBar().currentMessage()


def test_a_file_chosen_in_the_save_dialog_is_replaced(qtbot, actions, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "view.csv"
    out.write_text("old", "utf-8")
    # The native dialog asked "replace?" and the user said yes: it returns the name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(actions.export_job.done, timeout=WAIT):
        actions.export_view()
    assert out.read_text("utf-8-sig").count("\n") > 100


def test_the_store_is_never_an_export_target(qtbot, actions, demo_store,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    db = demo_store.location.data_dir / "aftersales.db"
    before = db.stat().st_size
    backups = demo_store.location.data_dir / "backups"
    backups.mkdir(exist_ok=True)
    for target in (db, backups / "kept.csv"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, t=target, **k: (str(t), "")))
        with qtbot.waitSignal(actions.export_job.failed, timeout=WAIT):
            actions.export_view()
        message = actions.window.statusBar().currentMessage()
        assert "nothing was written" in message
        # (the database is refused for its name too; a backups folder for what it is)
        assert target == db or "never written over" in message
    assert db.stat().st_size == before and not (backups / "kept.csv").exists()
    from app.services.verify import verify

    assert verify(demo_store).ok
