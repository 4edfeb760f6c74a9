"""Help → About Aftersales Desk: the program and its version, the data folder and the
database in use, and the fingerprint of the team's signing key, which a supervisor
reads out to compare two machines and finds again in `verify --against`'s
"signed_by" (a checkpoint or archive signed by another key is no proof).

`install(window)` adds the action to the Help menu, on Ctrl+F1 (F1 lists the keys)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DISTRIBUTION = "aftersales-desk"
ABOUT_KEY = "Ctrl+F1"
WIDTH = 620  # wide enough that the paths and the note read in a line or two


def program_version() -> str | None:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return None


def about_facts(store: Any) -> dict[str, Any]:
    """What the box shows of the store (None: no store open yet)."""
    if store is None:
        return {"data_dir": None, "database": None, "fingerprint": None}
    from app.services.checkpoints import team_fingerprint

    data_dir: Path = store.location.data_dir
    return {"data_dir": str(data_dir), "database": store.description,
            "fingerprint": team_fingerprint(data_dir)}


def _value(text: str, parent: QWidget, name: str, mono: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # A fingerprint is read and copied whole, on one line: the box grows to hold it.
    label.setWordWrap(not mono)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text) + 8)
    return label


class AboutDialog(QDialog):
    def __init__(self, facts: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Aftersales Desk"))
        name = QLabel(self.tr("Aftersales Desk"), self)
        name.setObjectName("aboutName")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        version = program_version()
        self.version = QLabel(self.tr("Version %1").replace("%1", version) if version
                              else self.tr("Development copy (not installed)"), self)
        self.version.setObjectName("aboutVersion")
        unknown = self.tr("No store open yet")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.data_dir = _value(facts["data_dir"] or unknown, self, "aboutDataDir")
        self.database = _value(facts["database"] or unknown, self, "aboutDatabase")
        fp = facts["fingerprint"]
        self.fingerprint = _value(
            fp or self.tr("No signing key yet — made with the first archive or checkpoint"),
            self, "aboutFingerprint", mono=fp is not None)
        form.addRow(self.tr("Data folder"), self.data_dir)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Signing key"), self.fingerprint)
        why = QLabel(self.tr(
            "Archives and checkpoints are signed with this key. A file signed by another "
            "key proves nothing about this store: compare the fingerprints when you check "
            "one."), self)
        why.setObjectName("aboutKeyNote")
        why.setWordWrap(True)
        why.setStyleSheet("color: #4a5463;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(self.version)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(why)
        layout.addWidget(buttons)
        hint = self.sizeHint()
        self.resize(max(WIDTH, hint.width()), hint.height())


class AboutWork(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: AboutDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("aboutAction")
        self.action.setMenuRole(QAction.MenuRole.AboutRole)
        self.action.setShortcut(QKeySequence(ABOUT_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(self.action)
        self.action.triggered.connect(lambda _c=False: self.open())
        window.help_menu.addSeparator()
        window.help_menu.addAction(self.action)
        window.installEventFilter(self)
        self.retranslate()

    def open(self) -> AboutDialog:
        inbox = self.window.inbox
        self.dialog = AboutDialog(about_facts(inbox.store if inbox is not None else None),
                                  self.window)
        self.dialog.open()
        return self.dialog

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("AboutWork", "&About Aftersales Desk"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install(window: MainWindow) -> AboutWork:
    work = AboutWork(window)
    window.about_work = work  # type: ignore[attr-defined]
    return work
