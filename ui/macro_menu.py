"""Macros in the window: a menu of them, each with its key binding, and a small editor.

The menu's actions carry the shortcuts (Ctrl+Alt+1 …); a widget that adds them
(`widget.addActions(menu.actions())`) makes the keys work while it is shown. Running a
macro is the case pane's job: the menu only says which one was chosen.
"""

from __future__ import annotations

from typing import Any

import yaml
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import macros as svc
from app.services import templates as tpl
from ui import i18n, library_texts

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MacroMenu(QMenu):
    chosen = Signal(str)  # the macro's key
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("macroMenu")
        self._rows: list[dict[str, Any]] = []
        self._edit = QAction(self)
        self._edit.triggered.connect(self.edit_requested.emit)
        self.retranslate()

    @property
    def edit_action(self) -> QAction:
        """"Edit macros…", last in the menu (shown only to who may edit the library)."""
        return self._edit

    def retranslate(self) -> None:
        self.setTitle(self.tr("Macros"))
        self._edit.setText(self.tr("Edit macros…"))

    def set_macros(self, rows: list[dict[str, Any]]) -> None:
        """The macros as `app.services.macros` lists them (key, title, shortcut …)."""
        self._rows = rows
        for action in self.actions():
            if action is not self._edit:
                self.removeAction(action)
                action.deleteLater()
        for row in rows:
            action = QAction(row["title"], self)
            action.setData(row["key"])
            if row.get("shortcut"):
                action.setShortcut(QKeySequence(row["shortcut"]))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, k=row["key"]: self.chosen.emit(k))
            self.addAction(action)
        self.addSeparator()
        self.addAction(self._edit)

    def macro_actions(self) -> list[QAction]:
        """The actions that run a macro (for a window to add, so their keys work there)."""
        return [a for a in self.actions() if a.data()]

    def load(self, store: Any) -> None:
        self.set_macros([e.to_json(i18n.current_language()) for e in svc.library(store)])


class MacroEditor(QDialog):
    """One macro at a time: titles, the reply template, the key binding and its actions
    (written as the data files write them, one `{do: …}` per line)."""

    saved = Signal(str)

    def __init__(self, store: Any, agent: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("macroEditor")
        self.store = store
        self.agent = agent
        self._entries: dict[str, svc.MacroEntry] = {}
        self._editing: svc.MacroEntry | None = None

        self.list = QListWidget(self)
        self.new_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)

        self.key = QLineEdit(self)
        self.titles = {lang: QLineEdit(self) for lang in ("zh_CN", "en")}
        self.template = QComboBox(self)
        self.shortcut = QKeySequenceEdit(self)
        self.actions_text = QPlainTextEdit(self)
        self.actions_text.setObjectName("macroActions")
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right = QWidget(self)
        form = QFormLayout(right)
        fields = [self.key, self.titles["zh_CN"], self.titles["en"], self.template,
                  self.shortcut, self.actions_text, self.error]
        self.form_labels = [QLabel(right) for _ in fields]
        for label, field in zip(self.form_labels, fields, strict=True):
            form.addRow(label, field)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

        self.list.currentItemChanged.connect(lambda item, _old: self._load(item))
        self.new_button.clicked.connect(self.new_macro)
        self.remove_button.clicked.connect(self.remove_macro)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Macros"))
        self.new_button.setText(self.tr("New"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        names = [self.tr("Key"), self.tr("Title (Chinese)"), self.tr("Title (English)"),
                 self.tr("Reply"), self.tr("Shortcut"), self.tr("Actions"), ""]
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.actions_text.setPlaceholderText(self.tr(
            "One action a line, e.g.\n{do: status, to: waiting_buyer}\n{do: tag, tag: 待补图}\n"
            "{do: assign, user: me}"))

    def refresh(self, select: str | None = None) -> None:
        lang = i18n.current_language()
        self._entries = {e.macro.key: e for e in svc.library(self.store)}
        self.template.clear()
        self.template.addItem(self.tr("(no reply)"), None)
        for template in tpl.templates(self.store):
            self.template.addItem(f"{template.title_in(lang)} · {template.key}", template.key)
        self.list.blockSignals(True)
        self.list.clear()
        for key, entry in self._entries.items():
            shortcut = f"  {entry.macro.shortcut}" if entry.macro.shortcut else ""
            item = QListWidgetItem(entry.macro.title_in(lang) + shortcut)
            item.setData(KEY_ROLE, key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        keys = list(self._entries)
        wanted = select or (self._editing.macro.key if self._editing else None)
        self.list.setCurrentRow(keys.index(wanted) if wanted in keys else 0)

    def _load(self, item: QListWidgetItem | None) -> None:
        entry = self._entries.get(str(item.data(KEY_ROLE))) if item is not None else None
        self._editing = entry
        self.error.clear()
        macro = entry.macro if entry else None
        self.key.setText(macro.key if macro else "")
        self.key.setReadOnly(macro is not None)
        for lang, field in self.titles.items():
            field.setText(macro.title.get(lang, "") if macro else "")
        self.template.setCurrentIndex(max(self.template.findData(
            macro.template if macro else None), 0))
        self.shortcut.setKeySequence(QKeySequence(macro.shortcut or "") if macro
                                     else QKeySequence())
        self.actions_text.setPlainText("\n".join(
            yaml.safe_dump(dict(a), allow_unicode=True, default_flow_style=True).strip()
            for a in (macro.actions if macro else ())))
        source = entry.source if entry else None
        words = {"edited": self.tr("Restore shipped"), "added": self.tr("Delete"),
                 "shipped": self.tr("Hide")}
        self.remove_button.setText(words.get(source or "", self.tr("Delete")))
        self.remove_button.setEnabled(source is not None)

    def spec(self) -> dict[str, Any]:
        actions = []
        for n, line in enumerate(self.actions_text.toPlainText().splitlines(), 1):
            if not line.strip():
                continue
            try:
                actions.append(yaml.safe_load(line))
            except yaml.YAMLError:
                raise DomainError(self.tr("action line %1 is not like {do: status, "
                                          "to: waiting_buyer}").replace("%1", str(n))) from None
        shortcut = self.shortcut.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return {"key": self.key.text().strip(),
                "title": {lang: f.text().strip() for lang, f in self.titles.items()
                          if f.text().strip()},
                "template": self.template.currentData(), "shortcut": shortcut or None,
                "actions": actions}

    def new_macro(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._load(None)
        self.key.setFocus()

    def save(self) -> bool:
        try:
            macro = svc.save_macro(self.store, self.agent or "user", self.spec())
        except DomainError as exc:
            self.error.setText(library_texts.describe(exc))
            return False
        self.saved.emit(macro.key)
        self.refresh(macro.key)
        return True

    def remove_macro(self) -> None:
        if self._editing is None:
            return
        key = self._editing.macro.key
        try:
            svc.delete_macro(self.store, self.agent or "user", key)
        except DomainError as exc:
            self.error.setText(library_texts.describe(exc))
            return
        self._editing = None
        self.saved.emit(key)
        self.refresh()
