"""Small dialogs: keyboard shortcuts help, and settings (language)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n


def shortcut_rows() -> list[tuple[str, str]]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ShortcutsDialog", text)

    return [
        ("J / ↓", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Next case"))),
        ("K / ↑", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous case"))),
        ("Enter", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the selected case in the case pane"))),
        ("Ctrl+F  /  /", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Search"))),
        ("Esc", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Leave the search box, back to the case list"))),
        ("Ctrl+1 … Ctrl+9", tr(QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Switch to view 1 … 9 (My cases, Unassigned, …)"))),
        ("F5", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Reload counts and cases"))),
        ("Ctrl+,", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "Settings"))),
        ("F1", tr(QT_TRANSLATE_NOOP("ShortcutsDialog", "This list of shortcuts"))),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(buttons)
        self.resize(520, 360)


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Same as the system"), "auto")
        self.language.addItem("中文（简体）", "zh_CN")
        self.language.addItem("English", "en")
        current = str(settings.value(i18n.SETTING, "auto"))
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def accept(self) -> None:
        self.settings.setValue(i18n.SETTING, self.language.currentData())
        i18n.install(i18n.chosen_language(self.settings))
        super().accept()
