"""The template editor: change or add reply templates, with a live preview rendered on
the case at hand. A template the checks refuse is not saved; why is shown inline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import templates as t
from app.domain.enums import CaseKind
from app.domain.errors import DomainError
from app.services import templates as tpl
from ui import i18n, labels, library_texts
from ui.reply_texts import CATEGORY_LABELS, category_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LANG_NAMES = {"zh_CN": "中文", "en": "English"}


class TemplateEditor(QDialog):
    saved = Signal(str)  # the key saved or removed

    def __init__(self, store: Any, detail: dict[str, Any] | None = None, agent: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.store = store
        self.detail = detail
        self.agent = agent
        self._entries: dict[str, tpl.Entry] = {}
        self._address = (tpl.return_address(store, detail["shop"], detail["platform"])
                         if detail else None)
        self._editing: tpl.Entry | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("editorList")
        self.new_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeTemplate")
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.remove_button)
        lv.addLayout(row)

        self.key = QLineEdit(self)
        self.key.setObjectName("templateKey")
        self.category = QComboBox(self)
        self.category.setEditable(True)
        for name in CATEGORY_LABELS:
            self.category.addItem(category_label(name), name)
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("templateKinds")
        self.kinds.setFlow(QListWidget.Flow.LeftToRight)
        self.kinds.setWrapping(True)
        self.kinds.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.kinds.setMaximumHeight(64)
        for kind in CaseKind:
            item = QListWidgetItem(labels.kind(kind.value))
            item.setData(KEY_ROLE, kind.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.kinds.addItem(item)
        self.titles = {lang: QLineEdit(self) for lang in t.LANGS}
        self.bodies = {lang: QPlainTextEdit(self) for lang in t.LANGS}
        for lang, body in self.bodies.items():
            body.setObjectName(f"body_{lang}")
            body.setMinimumHeight(70)
            self.titles[lang].setObjectName(f"title_{lang}")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("editorHint")
        self.preview_lang = QComboBox(self)
        for lang in t.LANGS:
            self.preview_lang.addItem(LANG_NAMES[lang], lang)
        self.preview = QLabel(self)
        self.preview.setObjectName("editorPreview")
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        right = QWidget(self)
        self.form = QFormLayout(right)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = [self.key, self.category, self.kinds,
                  *(self.titles[lang] for lang in t.LANGS),
                  *(self.bodies[lang] for lang in t.LANGS),
                  self.hint, self.preview_lang, self.preview, self.error]
        self.form_labels = [QLabel(right) for _ in fields]
        for label, field in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 560])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 620)

        self.list.currentItemChanged.connect(lambda item, _old: self._load(item))
        self.new_button.clicked.connect(self.new_template)
        self.remove_button.clicked.connect(self.remove_template)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.preview_lang.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.key.textEdited.connect(lambda _text: self.update_preview())
        for title in self.titles.values():
            title.textEdited.connect(lambda _text: self.update_preview())
        for body in self.bodies.values():
            body.textChanged.connect(lambda: self.update_preview())
        self.retranslate()
        index = self.preview_lang.findData(i18n.current_language())
        self.preview_lang.setCurrentIndex(max(index, 0))
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reply templates"))
        self.new_button.setText(self.tr("New"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        names = [self.tr("Key"), self.tr("Category"), self.tr("Suits"),
                 self.tr("Title (Chinese)"), self.tr("Title (English)"),
                 self.tr("Text (Chinese)"), self.tr("Text (English)"), "",
                 self.tr("Preview in"), self.tr("Preview"), ""]
        for label, name in zip(self.form_labels, names, strict=True):
            label.setText(name)
        self.key.setPlaceholderText(self.tr("short, e.g. ask_damage_photos"))
        self.hint.setText(self.tr("Placeholders, written as {{ buyer }}: %1. When the case "
                                  "has no value, the agent is asked for it.").replace(
            "%1", ", ".join(t.PLACEHOLDERS)))
        self._update_remove()

    # -- the list -------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self._entries = {e.template.key: e for e in tpl.library(self.store)}
        hidden = select or (self._editing.template.key if self._editing else None)
        lang = i18n.current_language()
        self.list.blockSignals(True)
        self.list.clear()
        marks = {"edited": self.tr("edited"), "added": self.tr("added")}
        for key, entry in sorted(self._entries.items(),
                                 key=lambda kv: kv[1].template.title_in(lang)):
            text = entry.template.title_in(lang)
            if entry.source in marks:
                text += f"  ({marks[entry.source]})"
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            item.setToolTip(key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(KEY_ROLE) == hidden]
        self.list.setCurrentRow(rows[0] if rows else 0)

    def select(self, key: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)
                return

    def _load(self, item: QListWidgetItem | None) -> None:
        entry = self._entries.get(str(item.data(KEY_ROLE))) if item is not None else None
        self._editing = entry
        self.error.clear()
        template = entry.template if entry is not None else None
        self.key.setText(template.key if template else "")
        self.key.setReadOnly(template is not None)
        category = template.category if template else "general"
        index = self.category.findData(category)
        if index >= 0:
            self.category.setCurrentIndex(index)
        else:
            self.category.setEditText(category)
        for i in range(self.kinds.count()):
            kind_item = self.kinds.item(i)
            on = template is not None and kind_item.data(KEY_ROLE) in template.kinds
            kind_item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for lang in t.LANGS:
            self.titles[lang].setText(template.title.get(lang, "") if template else "")
            self.bodies[lang].setPlainText(template.body.get(lang, "") if template else "")
        self._update_remove()
        self.update_preview()

    def _update_remove(self) -> None:
        source = self._editing.source if self._editing else None
        words = {"edited": self.tr("Restore shipped"), "added": self.tr("Delete"),
                 "shipped": self.tr("Hide")}
        self.remove_button.setText(words.get(source or "", self.tr("Delete")))
        self.remove_button.setEnabled(source is not None)

    # -- editing -------------------------------------------------------------------
    def spec(self) -> dict[str, Any]:
        """The template as the fields say, keeping what the editor does not show
        (reasons, platform variants)."""
        base = self._editing.template.to_spec() if self._editing else {}
        category = self.category.currentData()
        text = self.category.currentText().strip()
        if category is None or category_label(category) != text:
            category = text or "general"
        kinds = [str(self.kinds.item(i).data(KEY_ROLE)) for i in range(self.kinds.count())
                 if self.kinds.item(i).checkState() == Qt.CheckState.Checked]
        spec: dict[str, Any] = {**base, "key": self.key.text().strip(), "category": category,
                                "title": {lang: w.text() for lang, w in self.titles.items()},
                                "body": {lang: w.toPlainText()
                                         for lang, w in self.bodies.items()}}
        spec.pop("kinds", None)
        if kinds:
            spec["kinds"] = kinds
        return spec

    def update_preview(self) -> None:
        lang = str(self.preview_lang.currentData() or "zh_CN")
        platform = self.detail.get("platform") if self.detail else None
        try:
            template = t.from_spec(self.spec())
            values: dict[str, str] = {"agent": self.agent}
            if self.detail is not None:
                values = tpl.values_from_detail(self.detail, self.agent, lang, self._address)
            # The case's real values can still refuse it (a reply grown too long).
            preview = t.render(template, values, lang, platform).preview
        except DomainError as exc:
            self.error.setText(library_texts.describe(exc))
            self.preview.setText("")
            return
        self.error.clear()
        self.preview.setText(preview)

    def new_template(self) -> None:
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._load(None)
        self.key.setFocus()

    def save(self) -> bool:
        try:
            template = tpl.save_template(self.store, self.agent or "user", self.spec())
        except DomainError as exc:
            self.error.setText(library_texts.describe(exc))
            return False
        self.saved.emit(template.key)
        self.refresh(template.key)
        self.error.setText("")
        return True

    def remove_template(self) -> None:
        if self._editing is None:
            return
        key = self._editing.template.key
        try:
            tpl.delete_template(self.store, self.agent or "user", key)
        except DomainError as exc:
            self.error.setText(library_texts.describe(exc))
            return
        self._editing = None
        self.saved.emit(key)
        self.refresh(key)
