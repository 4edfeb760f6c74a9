"""An opened archive in the window: a banner across the top saying what it is, from
when, by whom and whether it verifies; the controls that write, disabled (the store
refuses them anyway: it is read-only at the engine); and File → Open archive…, which
opens an archive in a window of its own, beside the live one."""

from __future__ import annotations

import sys
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+O"
LOCKED = "archiveLocked"  # a control this module keeps disabled


def banner_text(info: Any) -> tuple[str, bool]:
    """(the banner's words, whether it is a warning) for an opened archive's facts."""
    when = info.made_at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    head = QCoreApplication.translate(
        "ArchiveBanner", "Archive made %1 by %2 — read-only.").replace("%1", when).replace(
        "%2", info.made_by)
    if not info.verified:
        problem = problem_words(*info.issues[0]) if info.issues else "?"
        return head + " " + QCoreApplication.translate(
            "ArchiveBanner", "DOES NOT VERIFY: %1").replace("%1", problem), True
    if info.key_matches:
        return head + " " + QCoreApplication.translate(
            "ArchiveBanner", "Signature verified with this team's key."), False
    if not info.team_key_here:
        # Intact under the key it carries; whose key that is, this computer cannot say.
        return head + " " + QCoreApplication.translate(
            "ArchiveBanner", "Intact, signed by key %1; this computer has no team key to "
                             "compare it with.").replace(
            "%1", info.fingerprint[:19] + "…"), True
    return head + " " + QCoreApplication.translate(
        "ArchiveBanner", "Signed by another key (%1), not this team's.").replace(
        "%1", info.fingerprint[:19] + "…"), True


def problem_words(code: str, subject: str) -> str:
    """One problem opening found (app.domain.archive_info.PROBLEMS), in the user's language."""
    texts = {
        "manifest_signature": QCoreApplication.translate(
            "ArchiveBanner", "the manifest's signature does not verify"),
        "member_missing": QCoreApplication.translate("ArchiveBanner", "%1 is missing"),
        "member_extra": QCoreApplication.translate(
            "ArchiveBanner", "%1 was added after it was signed"),
        "member_changed": QCoreApplication.translate("ArchiveBanner", "%1 was changed"),
        "head_signature": QCoreApplication.translate(
            "ArchiveBanner", "the signature over the case histories does not verify"),
        "head_mismatch": QCoreApplication.translate(
            "ArchiveBanner", "the signed head does not match the case list"),
        "head_unreadable": QCoreApplication.translate(
            "ArchiveBanner", "the signed head cannot be read"),
    }
    return texts.get(code, code).replace("%1", subject)


class ArchiveBanner(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("archiveBanner")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.hide()
        splitter = window.takeCentralWidget()
        box = QWidget(window)
        box.setObjectName("archiveFrame")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.label)
        lay.addWidget(splitter, 1)
        window.setCentralWidget(box)
        self.open_action = QAction(window)
        self.open_action.setObjectName("openArchiveAction")
        self.open_action.setShortcut(QKeySequence(SHORTCUT))
        self.open_action.triggered.connect(lambda: self.open_archive())
        menu = window.file_menu
        quit_action = getattr(window, "quit_action", None)
        menu.insertAction(quit_action, self.open_action)
        menu.insertSeparator(quit_action)
        window.controller.store_opened.connect(self.show_store)
        window.controller.case_loaded.connect(lambda *_: self.lock())
        window.installEventFilter(self)
        self.retranslate()
        self.show_store()

    def info(self) -> Any:
        inbox = self.window.inbox
        return None if inbox is None else getattr(inbox.store, "archive", None)

    def show_store(self) -> None:
        info = self.info()
        if info is None:
            self.label.hide()
            return
        text, warning = banner_text(info)
        self.label.setText(text)
        self.label.setProperty("warning", warning)
        self.label.setStyleSheet(
            "QLabel#archiveBanner { padding: 6px 10px; font-weight: 600; color: %s; "
            "background: %s; border-bottom: 1px solid %s; }"
            % (("#ffffff", "#c62828", "#8e0000") if warning else
               ("#4a3b00", "#fff4c2", "#e0c96b")))
        self.label.show()
        self.lock()

    def lock(self) -> None:
        """Disable what the window knows writes, and keep it so: the pane's tabs enable
        their buttons again on every case they show."""
        if self.info() is None:
            return
        for control in writing_controls(self.window):
            control.setEnabled(False)
            if control.property(LOCKED):
                continue
            control.setProperty(LOCKED, True)
            if isinstance(control, QAction):
                control.changed.connect(lambda c=control: c.isEnabled() and c.setEnabled(False))
            else:
                control.installEventFilter(self)

    def open_archive(self, path: str | None = None) -> bool:
        if path is None:
            path = choose_file(self.window)
        if not path:
            return False
        return launch(Path(path))

    def retranslate(self) -> None:
        self.open_action.setText(QCoreApplication.translate("ArchiveBanner", "Open &archive…"))
        self.open_action.setStatusTip(QCoreApplication.translate(
            "ArchiveBanner", "Open an archive file read-only, in a window of its own"))
        self.show_store()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif (event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget)
              and watched.property(LOCKED) and watched.isEnabled()):
            watched.setEnabled(False)
        return False


def writing_controls(window: MainWindow) -> list[Any]:
    """The widgets and actions of the window that change a case or the library."""
    pane = window.pane
    found: list[Any] = [pane.actions]
    for owner, names in (
        (getattr(pane, "reply_tab", None), ("sent_button", "macro_button", "edit_button")),
        (getattr(pane, "evidence_tab", None), ("attach_button", "remove_button")),
        (getattr(window, "import_export", None), ("import_action",)),
        (getattr(window, "evidence_work", None), ("paste_action",)),
    ):
        found += [getattr(owner, n) for n in names if owner is not None and hasattr(owner, n)]
    for holder in ("bulk_work", "actions_work"):
        actions = getattr(getattr(window, holder, None), "actions", None) or {}
        found += list(actions.values())
    # The playbook's checklist and the money actions: every button there writes, and
    # they are made anew for each case: their container is what stays disabled.
    for tab in ("handle_tab", "actions_tab"):
        widget = getattr(getattr(pane, tab, None), "list", None)
        if widget is not None:
            found.append(widget)
    return found


def choose_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ArchiveBanner", "Open archive"), "",
        QCoreApplication.translate("ArchiveBanner", "Archives (*.archive *.zip);;All files (*)"))
    return path


def launch(path: Path) -> bool:
    """A new window process on the archive (its own store, closed with it)."""
    if getattr(sys, "frozen", False):
        program, args = sys.executable, ["--archive", str(path)]
    else:
        main = Path(__file__).resolve().parents[1] / "main.py"
        program, args = sys.executable, [str(main), "--archive", str(path)]
    ok, _pid = QProcess.startDetached(program, args)
    return bool(ok)


def install(window: MainWindow) -> ArchiveBanner:
    banner = ArchiveBanner(window)
    window.archive_banner = banner  # type: ignore[attr-defined]
    return banner
