"""Small dialogs: settings (language). The keyboard shortcuts are in ui.shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui import i18n


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
