"""The keyboard shortcuts dialog (F1): every action of the window that has a key,
read from the window itself, so actions others add later show up by themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_text(action: QAction) -> str:
    """An action's text as a sentence: no & mnemonic marks, no trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def shortcut_actions(window: QWidget) -> list[QAction]:
    """The window's actions (its own and its children's) that have a key, in the
    order they were made; the ones without text yet (being built) are left out."""
    found = [a for a in window.findChildren(QAction)
             if not a.shortcut().isEmpty() and a.text() and not a.isSeparator()]
    return list(dict.fromkeys(found))


def keys_text(action: QAction) -> str:
    return "  /  ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                        for k in action.shortcuts())


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.actions_shown = shortcut_actions(window)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText(self.tr("Find an action or a key"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.table = QTableWidget(len(self.actions_shown), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, action in enumerate(self.actions_shown):
            what = QTableWidgetItem(action_text(action))
            what.setData(Qt.ItemDataRole.UserRole, r)
            self.table.setItem(r, 0, what)
            self.table.setItem(r, 1, QTableWidgetItem(keys_text(action)))
        self.table.activated.connect(self._run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.search)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(560, 520)
        self.search.setFocus()

    def filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for r in range(self.table.rowCount()):
            hay = f"{self.table.item(r, 0).text()} {self.table.item(r, 1).text()}".casefold()  # type: ignore[union-attr]
            self.table.setRowHidden(r, bool(needle) and needle not in hay)

    def visible_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]

    def _run(self, index) -> None:  # type: ignore[no-untyped-def]
        """Enter on a row does what it names (after the dialog closed)."""
        action = self.actions_shown[index.row()]
        self.accept()
        action.trigger()
