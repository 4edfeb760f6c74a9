"""The Reply tab of the case pane: find a template (search, or `::` in the reply box),
see it rendered for the case, give what the case cannot fill, then copy the reply for
the platform's own chat and mark it sent (the pane records that as history).

Rendering goes through `app.services.templates`; it is cheap, so it runs on the UI
thread. Values the agent types stay with the case while it is shown, for every
template that needs them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import templates as t
from app.domain.errors import DomainError
from app.services import templates as tpl
from ui import i18n, library_texts
from ui.macro_menu import MacroMenu
from ui.reply_box import MissingValuesBox, ReplyBox
from ui.reply_texts import category_label, placeholder_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# The preview reads as the message the buyer will get: a bubble, not a form label.
PREVIEW_STYLE = ("QLabel#replyPreview { background: #ffffff; border: 1px solid #dfe3e8; "
                 "border-radius: 6px; padding: 6px 8px; color: #1d2633; }")


class ReplyTab(QWidget):
    sent = Signal(str, str)  # template key ("" for a reply written freely), text
    macro_requested = Signal(str, dict)  # macro key, values the agent typed
    templates_changed = Signal()

    def __init__(self, store: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyTab")
        self.store = store
        self.agent = ""
        self.detail: dict[str, Any] | None = None
        self._values: dict[str, str] = {}
        self._typed: dict[str, str] = {}
        self._templates: list[t.Template] = []
        self._current: t.Template | None = None
        self._rendering: t.Rendering | None = None
        self._insert_when_filled = False
        self._last_key = ""
        self.shortcut_host: QWidget | None = None  # where macro keys work besides the tab

        self.search = QLineEdit(self)
        self.search.setObjectName("templateSearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setUniformItemSizes(True)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("sectionLabel")
        self.preview = QLabel(self)
        self.preview.setObjectName("replyPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview.setMinimumHeight(54)

        self.missing_box = MissingValuesBox(self)

        self.insert_button = QPushButton(self)
        self.insert_button.setObjectName("insertTemplate")
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("sectionLabel")
        self.reply = ReplyBox(self)
        self.reply.setMinimumHeight(110)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyReply")
        self.sent_button = QPushButton(self)
        self.sent_button.setObjectName("markSent")
        self.sent_button.setDefault(True)
        self.edit_button = QToolButton(self)
        self.edit_button.setObjectName("editTemplates")
        self.macro_menu = MacroMenu(self)
        self.macro_button = QPushButton(self)
        self.macro_button.setObjectName("macroButton")
        self.macro_button.setMenu(self.macro_menu)
        self.message = QLabel(self)
        self.message.setObjectName("replyMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.edit_button)
        insert_row = QHBoxLayout()
        insert_row.addWidget(self.preview_label, 1)
        insert_row.addWidget(self.insert_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.sent_button)
        buttons.addStretch(1)
        buttons.addWidget(self.macro_button)
        self.button_row = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.list, 3)
        layout.addLayout(insert_row)
        layout.addWidget(self.preview)
        layout.addWidget(self.missing_box)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.reply, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.search.textChanged.connect(self._fill_list)
        self.search.returnPressed.connect(self._insert_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(lambda _item: self._insert_current())
        self.missing_box.edited.connect(self._typed_value)
        self.missing_box.submitted.connect(self._insert_current)
        self.insert_button.clicked.connect(self._insert_current)
        self.reply.template_chosen.connect(self.choose)
        self.reply.textChanged.connect(self._update_buttons)
        self.copy_button.clicked.connect(self.copy_reply)
        self.sent_button.clicked.connect(self.mark_sent)
        self.edit_button.clicked.connect(self.edit_templates)
        self.macro_menu.chosen.connect(self.request_macro)
        self.macro_menu.edit_requested.connect(self.edit_macros)
        self.setStyleSheet(PREVIEW_STYLE)
        self.retranslate()
        self._update_buttons()

    # -- text -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a template: key, title or words"))
        self.preview_label.setText(self.tr("Preview for this case"))
        self.insert_button.setText(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("Put the rendered template into the reply "
                                              "(Enter)"))
        self.reply_label.setText(self.tr("Reply"))
        self.reply.setPlaceholderText(self.tr("Write the reply here. Type :: and a few "
                                              "letters to insert a template."))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the reply, then paste it into the "
                                            "platform's chat"))
        self.sent_button.setText(self.tr("Mark as sent"))
        self.sent_button.setToolTip(self.tr("Record in the case's history that this reply "
                                            "was sent"))
        self.edit_button.setText(self.tr("Edit templates…"))
        self.macro_button.setText(self.tr("Macros"))
        self.macro_button.setToolTip(self.tr("Reply, status, tag and assignment in one step"))
        if self.detail is not None:
            self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what it shows ------------------------------------------------------------
    def set_store(self, store: Any) -> None:
        self.store = store
        if self.detail is not None:
            self.show_case(self.detail)

    def set_agent(self, name: str) -> None:
        self.agent = name
        self._values["agent"] = name
        self._render_current()

    def show_case(self, detail: dict[str, Any]) -> None:
        """Show the reply tools for this case; what was typed stays while it is the same
        case (a refresh after marking a reply sent), and goes for another one."""
        same = self.detail is not None and self.detail.get("id") == detail.get("id")
        self.detail = detail
        if not same:
            self._typed.clear()
            self.reply.clear()
            self._last_key = ""
            self.message.clear()
        address = None
        if self.store is not None:
            address = tpl.return_address(self.store, detail.get("shop", ""),
                                         detail.get("platform", ""))
        self._values = tpl.values_from_detail(detail, self.agent, self._lang(), address)
        # The library is read once (and again after an edit, `reload`), not per case:
        # the macros' actions and their keys stay as they are.
        if not self._templates and self.store is not None:
            self._templates = tpl.templates(self.store)
            self.reload_macros()
        self.reply.set_templates([(x.key, x.title_in(self._lang())) for x in self._ranked("")])
        self._fill_list()

    def clear(self) -> None:
        self.detail = None
        self._templates = []
        self._typed.clear()
        self.list.clear()
        self.reply.clear()
        self.preview.clear()
        self._set_missing(())

    def reload(self) -> None:
        """Read the library again (after an edit)."""
        self._templates = tpl.templates(self.store) if self.store is not None else []
        self.reload_macros()
        self.reply.set_templates([(x.key, x.title_in(self._lang())) for x in self._ranked("")])
        self._fill_list()

    @staticmethod
    def _lang() -> str:
        return i18n.current_language()

    def _ranked(self, query: str) -> list[t.Template]:
        d = self.detail or {}
        return t.ranked(self._templates, query, d.get("kind"), d.get("reason"), self._lang())

    def _fill_list(self) -> None:
        keep = self._current.key if self._current else None
        self.list.blockSignals(True)
        self.list.clear()
        lang = self._lang()
        for template in self._ranked(self.search.text()):
            item = QListWidgetItem(f"{template.title_in(lang)}  ·  "
                                   f"{category_label(template.category)}")
            item.setData(KEY_ROLE, template.key)
            item.setToolTip(f"{template.key}\n{template.body_for(lang)}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i in range(self.list.count())
                    if self.list.item(i).data(KEY_ROLE) == keep), 0)
        if self.list.count():
            self.list.setCurrentRow(row)
        else:
            self._select(None)

    def _current_changed(self, item: QListWidgetItem | None, _old: Any = None) -> None:
        self._insert_when_filled = False
        self._select(str(item.data(KEY_ROLE)) if item is not None else None)

    def _select(self, key: str | None) -> None:
        self._current = next((x for x in self._templates if x.key == key), None)
        self._render_current()

    def _render_current(self) -> None:
        if self._current is None or self.detail is None:
            self._rendering = None
            self.preview.setText(self.tr("No template found.") if self.detail else "")
            self._set_missing(())
            self._update_buttons()
            return
        try:
            self._rendering = tpl.render_for_detail(
                self._current, self.detail, self._values, self._typed, self._lang(),
                mark=lambda name: f"【{placeholder_label(name)}】")
        except DomainError as exc:
            self._rendering = None
            self.preview.setText(library_texts.describe(exc))
            self._set_missing(())
            self._update_buttons()
            return
        self.preview.setText(self._rendering.preview)
        self._set_missing(self._asked(self._rendering))
        self._update_buttons()

    def _asked(self, rendering: t.Rendering) -> tuple[str, ...]:
        """The fields to show: what is missing now and what the agent already typed for
        this template (so a field does not vanish under the cursor once it is filled)."""
        return tuple(name for name in rendering.needed
                     if name in rendering.missing or name in self._typed)

    def _set_missing(self, names: tuple[str, ...]) -> None:
        self.missing_box.ask(names, self._typed)

    def _typed_value(self, name: str, text: str) -> None:
        if text.strip():
            self._typed[name] = text
        else:
            self._typed.pop(name, None)
        self._render_current()

    def missing(self) -> tuple[str, ...]:
        return self._rendering.missing if self._rendering is not None else ()

    # -- actions ------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """A template picked by `::` (or by the window): insert it now, or once the
        agent has filled what the case lacks."""
        if not any(x.key == key for x in self._ranked(self.search.text())):
            self.search.clear()
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)
                break
        if self._current is None or self._current.key != key:
            return
        if self.missing():
            self._insert_when_filled = True
            first = self.missing_box.fields.get(self.missing()[0])
            if first is not None:
                first.setFocus()
            self.message.setText(self.tr("Fill in what the case does not say, then press "
                                         "Enter to insert the reply."))
            return
        self._insert_current()

    def _insert_current(self) -> None:
        if self._rendering is None or self._current is None:
            return
        if self._rendering.text is None:
            names = ", ".join(placeholder_label(n) for n in self._rendering.missing)
            self.message.setText(self.tr("Still needed: %1").replace("%1", names))
            first = self.missing_box.fields.get(self._rendering.missing[0])
            if first is not None:
                first.setFocus()
            return
        self.reply.insert_reply(self._rendering.text)
        self._last_key = self._current.key
        self._insert_when_filled = False
        self.message.clear()
        if self.missing_box.remember.isChecked() and self._typed.get("return_address"):
            self._remember_address(self._typed["return_address"])

    def _remember_address(self, address: str) -> None:
        """The shop's return address, kept for every later reply of its cases."""
        if self.store is None or self.detail is None:
            return
        try:
            tpl.set_return_address(self.store, self.agent or "user", self.detail["shop"],
                                   self.detail["platform"], address)
        except DomainError as exc:
            self.message.setText(library_texts.describe(exc))
            return
        self._values["return_address"] = address
        self._typed.pop("return_address", None)
        self.missing_box.remember.setChecked(False)
        self._render_current()

    def reply_text(self) -> str:
        return self.reply.toPlainText().strip()

    def copy_reply(self) -> None:
        text = self.reply_text()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.message.setText(self.tr("Copied. Paste it into the platform's chat, then mark "
                                     "it as sent."))

    def mark_sent(self) -> None:
        text = self.reply_text()
        if not text:
            return
        self.sent.emit(self._last_key, text)
        self.reply.clear()
        self._last_key = ""
        self.message.setText(self.tr("Marked as sent."))

    def request_macro(self, key: str) -> None:
        """Ask the pane to run a macro with the values typed here; a macro whose reply
        still misses a value shows its template and asks for them first."""
        if self.store is None or self.detail is None:
            return
        from app.services import macros

        try:
            macro = macros.get_macro(self.store, key)
        except DomainError as exc:
            self.message.setText(library_texts.describe(exc))
            return
        if macro.template:
            template = next((x for x in self._templates if x.key == macro.template), None)
            if template is None:
                self.message.setText(library_texts.describe(t.UnknownTemplate(macro.template)))
                return
            done = tpl.render_for_detail(template, self.detail, self._values, self._typed,
                                         self._lang())
            if done.missing:
                self.choose(macro.template)
                self.message.setText(self.tr("Fill in what the case does not say, then run "
                                             "the macro again."))
                return
        self.macro_requested.emit(key, dict(self._typed))

    def reload_macros(self) -> None:
        hosts = [self, *([self.shortcut_host] if self.shortcut_host is not None else [])]
        for host in hosts:
            for action in self.macro_menu.macro_actions():
                host.removeAction(action)
        if self.store is not None:
            self.macro_menu.load(self.store)
        # Their keys work while the tab is shown, and in the whole of `shortcut_host`.
        for host in hosts:
            host.addActions(self.macro_menu.macro_actions())

    def edit_macros(self) -> None:
        from ui.macro_menu import MacroEditor

        if self.store is None:
            return
        dialog = MacroEditor(self.store, self.agent, self)
        dialog.exec()
        self.reload_macros()

    def edit_templates(self) -> None:
        from ui.template_editor import TemplateEditor

        if self.store is None:
            return
        dialog = TemplateEditor(self.store, self.detail, self.agent, self)
        dialog.saved.connect(lambda _key: self.templates_changed.emit())
        dialog.exec()
        self.reload()

    def _update_buttons(self) -> None:
        has_text = bool(self.reply_text())
        self.copy_button.setEnabled(has_text)
        self.sent_button.setEnabled(has_text)
        ready = self._rendering is not None and self._rendering.text is not None
        self.insert_button.setEnabled(ready)
