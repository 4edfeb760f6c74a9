"""The reply box: plain text where `::` and a few letters of a template's key or title
pop a list of templates (as Zammad's text modules do); choosing one tells the tab,
which renders it for the case and inserts the text where the `::` was."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.reply_texts import placeholder_label

TRIGGER = re.compile(r"::([^\s:]{0,32})$")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReplyBox(QPlainTextEdit):
    template_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self.setTabChangesFocus(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.model)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(8)
        self.completer.popup().setObjectName("templatePopup")
        self.completer.activated[QModelIndex].connect(self._activated)

    def set_templates(self, rows: list[tuple[str, str]]) -> None:
        """(key, title) of each template, in the order to offer them."""
        self.model.clear()
        for key, title in rows:
            item = QStandardItem(f"{title}  ·  {key}")
            item.setData(key, KEY_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (
                Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab):
            event.ignore()  # the completer's popup takes them
            return
        super().keyPressEvent(event)
        self._follow_trigger()

    def _trigger(self) -> re.Match[str] | None:
        cursor = self.textCursor()
        block = cursor.block().text()[: cursor.positionInBlock()]
        return TRIGGER.search(block)

    def _follow_trigger(self) -> None:
        found = self._trigger()
        popup = self.completer.popup()
        if found is None:
            popup.hide()
            return
        self.completer.setCompletionPrefix(found.group(1))
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(260, min(self.width() - rect.left() - 8, 420)))
        self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if not key:
            return
        self.remove_trigger()
        self.template_chosen.emit(str(key))

    def remove_trigger(self) -> None:
        """Take away the `::letters` just typed before the cursor."""
        found = self._trigger()
        if found is None:
            return
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left,
                            QTextCursor.MoveMode.KeepAnchor, len(found.group(0)))
        cursor.removeSelectedText()
        self.setTextCursor(cursor)

    def insert_reply(self, text: str) -> None:
        """Insert a rendered reply at the cursor, on a line of its own."""
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        if before.strip():
            text = "\n" + text
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.setFocus()


class MissingValuesBox(QGroupBox):
    """A field for each placeholder the case cannot fill; the reply waits for them."""

    edited = Signal(str, str)  # placeholder, text
    submitted = Signal()  # Enter in a field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingValues")
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        # The return address is the shop's: typed once, it can serve every later case.
        self.remember = QCheckBox(self)
        self.remember.setObjectName("rememberAddress")
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The case does not say; please fill in"))
        self.remember.setText(self.tr("Remember this return address for the shop"))
        for name, field in self.fields.items():
            label = self.form.labelForField(field)
            if label is not None and hasattr(label, "setText"):
                label.setText(placeholder_label(name))
            field.setPlaceholderText(self.tr("needed before the reply is final"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, names: tuple[str, ...], typed: dict[str, str]) -> None:
        """Show a field for each name (kept as they are while the names stay the same,
        so typing is not interrupted)."""
        if tuple(self.fields) != names:
            if self.form.indexOf(self.remember) >= 0:
                self.form.takeRow(self.remember)
            while self.form.rowCount():
                # Later, not now: the field may be the one whose Enter got us here.
                taken = self.form.takeRow(0)
                for item in (taken.labelItem, taken.fieldItem):
                    if item is not None and item.widget() is not None:
                        item.widget().hide()
                        item.widget().deleteLater()
            self.fields = {}
            for name in names:
                field = QLineEdit(self)
                field.setObjectName(f"missing_{name}")
                field.setText(typed.get(name, ""))
                field.textEdited.connect(lambda text, n=name: self.edited.emit(n, text))
                field.returnPressed.connect(self.submitted.emit)
                self.form.addRow(placeholder_label(name), field)
                self.fields[name] = field
            self.remember.setChecked(False)
            self.remember.setVisible("return_address" in names)
            if "return_address" in names:
                self.form.addRow(self.remember)
            self.retranslate()
        self.setVisible(bool(names))
