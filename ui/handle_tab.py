"""The Handle tab of the case pane: the case's playbook as a checklist with its progress.

It shows what `case_detail()` returns under "playbook" and says what the agent asked
for through its signals; the case pane performs them (in a worker) and shows the case
again. Every control is reachable with Tab and works with Space.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, labels
from ui.flow_layout import FlowLayout

STYLE = """
QFrame#handleStep { background: #ffffff; border: 1px solid #e6e9ee; border-radius: 6px; }
QFrame#handleStep[state="current"] { background: #f1f6ff; border: 1px solid #8fb2ee; }
QFrame#handleStep[state="done"] { background: #f7f9f7; }
QFrame#handleStep[state="skipped"] { background: #f6f7f9; border: 1px dashed #d5d9e0; }
QLabel#stepTitle { font-weight: bold; color: #16202e; }
QLabel#stepTitle[state="done"] { color: #4f6a55; }
QLabel#stepTitle[state="skipped"] { color: #9aa2ad; font-weight: normal; }
QLabel#stepHelp { color: #4a5463; }
QLabel#stepHelp[state="skipped"] { color: #a3aab4; }
QLabel#stepEvidence { color: #a34f00; }
QLabel#stepEvidence[has="yes"] { color: #2e6b3a; }
QPushButton#stepAttach { padding: 1px 8px; }
QLabel#stepAnswer { color: #2e6b3a; }
QLabel#stepNote { color: #8a93a0; }
QLabel#stepQuestion { color: #16202e; }
QLabel#stepSuggest { color: #0b4fb3; }
QLabel#playbookTitle { font-size: 11pt; font-weight: bold; color: #16202e; }
QLabel#playbookProgress { color: #4a5463; }
QLabel#playbookEmpty { color: #8a93a0; }
"""


class _ClickLabel(QLabel):
    """A step's title: clicking it ticks the box beside it, as a check box's text would."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def _wrap_policy(label: QLabel) -> None:
    # Any width (the pane decides it), and the height that width needs: without the
    # height-for-width flag a wrapped label asks for the height of its narrowest form.
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(1)


def _wrapping(text: str, name: str, parent: QWidget, state: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setProperty("state", state)
    _wrap_policy(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _StepList(QWidget):
    """The scrolled list of steps. Its height comes from its width (wrapped texts), so
    it claims no minimum of its own: the minimum of every text at its narrowest would
    make the scroll area scroll over empty space."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class HandleTab(QWidget):
    # key, answer (True or the answer's key), undo
    step_toggled = Signal(str, object, bool)
    template_suggested = Signal(str)
    status_suggested = Signal(str)
    # the step's key: the agent wants to attach files to it
    attach_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handleTab")
        self.setStyleSheet(STYLE)
        self.detail: dict[str, Any] | None = None
        self.playbook: dict[str, Any] | None = None
        self._template_titles: dict[str, str] = {}
        self._busy = False
        self.step_frames: dict[str, QFrame] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.answer_buttons: dict[tuple[str, str], QPushButton] = {}
        self.suggest_buttons: dict[str, QPushButton] = {}
        self.attach_buttons: dict[str, QPushButton] = {}
        # Files per step of the case shown (from the Evidence tab), to say how many.
        self._evidence_counts: tuple[int, dict[str | None, int]] | None = None

        self.title = _wrapping("", "playbookTitle", self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("playbookBar")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_label = _wrapping("", "playbookProgress", self)
        self.empty = _wrapping("", "playbookEmpty", self)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list = _StepList()
        self.list.setObjectName("handleSteps")
        self.steps_layout = QVBoxLayout(self.list)
        self.steps_layout.setContentsMargins(0, 0, 4, 0)
        self.steps_layout.setSpacing(6)
        self.steps_layout.addStretch(1)
        self.scroll.setWidget(self.list)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.progress)
        lay.addWidget(self.progress_label)
        lay.addWidget(self.empty)
        lay.addWidget(self.scroll, 1)
        self._show_nothing()

    # -- what the case pane calls ----------------------------------------------------
    def show_case(self, detail: Mapping[str, Any]) -> None:
        """Show the playbook of a case (a `case_detail()` dict, with its "playbook")."""
        self.detail = dict(detail)
        book = detail.get("playbook")
        lang = i18n.current_language()
        if book is not None and book.get("lang") != lang:
            # The detail speaks another language than the window now does.
            from app.services.playbooks import playbook_json

            book = playbook_json(detail, lang)
        self.playbook = book
        self._rebuild()

    def clear(self) -> None:
        self.detail = self.playbook = None
        self._show_nothing()

    def set_template_titles(self, titles: Mapping[str, str]) -> None:
        """The reply templates' titles by key, to name a suggested reply."""
        self._template_titles = dict(titles)
        if self.playbook is not None:
            self._rebuild()

    def set_evidence_counts(self, case_id: int, counts: Mapping[str | None, int]) -> None:
        """How many files the case has on each step (the Evidence tab read them)."""
        self._evidence_counts = (case_id, dict(counts))
        if self.detail is not None and self.detail.get("id") == case_id:
            self._rebuild()

    def set_busy(self, busy: bool) -> None:
        """While the pane carries out an action, nothing more can be asked for."""
        self._busy = busy
        self.list.setEnabled(not busy)

    # -- building -------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self._clear_steps()
        for w in (self.title, self.progress, self.progress_label):
            w.hide()
        self.empty.setText(self.tr("Select a case to see the steps for handling it."))
        self.empty.show()

    def _clear_steps(self) -> None:
        while self.steps_layout.count() > 1:
            item = self.steps_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.step_frames.clear()
        self.checks.clear()
        self.answer_buttons.clear()
        self.suggest_buttons.clear()
        self.attach_buttons.clear()

    def _rebuild(self) -> None:
        book = self.playbook
        if book is None:
            self._show_nothing()
            return
        self._clear_steps()
        self.empty.hide()
        self.title.setText(book["title"])
        self.title.show()
        self.progress.setRange(0, max(book["total"], 1))
        self.progress.setValue(book["done"])
        self.progress.show()
        text = self.tr("%1 of %2 steps done").replace("%1", str(book["done"])).replace(
            "%2", str(book["total"]))
        if book["complete"]:
            text += " · " + self.tr("every step is done")
        missing = len(book.get("missing_evidence") or ())
        if missing:
            text += " · " + self.tr("steps needing evidence: %1").replace("%1", str(missing))
        self.progress_label.setText(text)
        self.progress_label.show()
        for number, step in enumerate(book["steps"], 1):
            frame = self._step_frame(number, step)
            self.steps_layout.insertWidget(self.steps_layout.count() - 1, frame)
        self.list.setEnabled(not self._busy)

    def _step_frame(self, number: int, step: dict[str, Any]) -> QFrame:
        key, state = step["key"], step["state"]
        frame = QFrame(self.list)
        frame.setObjectName("handleStep")
        frame.setProperty("state", state)
        self.step_frames[key] = frame
        lay = QVBoxLayout(frame)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.setSpacing(3)

        top = QHBoxLayout()
        top.setSpacing(6)
        box = QCheckBox(frame)
        box.setObjectName(f"step_{key}")
        box.setChecked(state == "done")
        box.setAccessibleName(step["title"])
        title = _ClickLabel(f"{number}. {step['title']}", frame)
        title.setObjectName("stepTitle")
        title.setProperty("state", state)
        title.setWordWrap(True)
        _wrap_policy(title)
        branching = bool(step["answers"])
        if state == "skipped":
            box.setEnabled(False)
        elif branching and state != "done":
            # A question is answered with its buttons; the box only un-ticks.
            box.setEnabled(False)
            box.setToolTip(self.tr("Answer the question below to tick this step"))
        box.toggled.connect(lambda on, k=key: self._toggled(k, on))
        title.clicked.connect(lambda b=box: b.click() if b.isEnabled() else None)
        self.checks[key] = box
        box.installEventFilter(self)
        top.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(title, 1)
        lay.addLayout(top)

        indent = QVBoxLayout()
        indent.setContentsMargins(box.sizeHint().width() + 6, 0, 0, 0)
        indent.setSpacing(3)
        lay.addLayout(indent)
        if state == "skipped":
            by = (step.get("skipped_by") or {}).get("title") or ""
            indent.addWidget(_wrapping(self.tr("Skipped: the answer to “%1” leaves it out")
                                       .replace("%1", by), "stepNote", frame))
            return frame
        if state != "done":  # a done step is its title (and answer): the list stays short
            indent.addWidget(_wrapping(step["help"], "stepHelp", frame, state))
        if step.get("answer_label"):
            indent.addWidget(_wrapping(self.tr("Answer: %1").replace("%1", step["answer_label"]),
                                       "stepAnswer", frame))
        if step.get("evidence"):
            indent.addWidget(self._evidence_row(frame, step))
        if branching and state != "done":
            indent.addWidget(_wrapping(step["question"], "stepQuestion", frame))
            answers = QWidget(frame)
            flow = FlowLayout(answers)
            for a in step["answers"]:
                b = QPushButton(a["label"], answers)
                b.setObjectName(f"answer_{key}_{a['key']}")
                b.clicked.connect(lambda _=False, k=key, ak=a["key"]:
                                  self.step_toggled.emit(k, ak, False))
                flow.addWidget(b)
                self.answer_buttons[(key, a["key"])] = b
                b.installEventFilter(self)
            indent.addWidget(answers)
        suggest = step.get("suggest")
        if state == "current" and suggest:
            self._suggestions(frame, indent, suggest)
        return frame

    def _evidence_row(self, frame: QFrame, step: Mapping[str, Any]) -> QWidget:
        """Whether the step has the evidence it asks for, and a button to attach it."""
        key = step["key"]
        row = QWidget(frame)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        if step.get("evidence_missing"):
            label = _wrapping(self.tr("Evidence needed: %1").replace("%1", step["evidence"]),
                              "stepEvidence", row)
        else:
            known = self._evidence_counts
            count = (known[1].get(key) if known is not None and self.detail is not None
                     and known[0] == self.detail.get("id") else None)
            label = _wrapping(self.tr("Evidence attached (%1)").replace("%1", str(count))
                              if count else self.tr("Evidence attached"), "stepEvidence", row)
            label.setProperty("has", "yes")
            label.setToolTip(step["evidence"])
        line.addWidget(label, 1)
        b = QPushButton(self.tr("Attach…"), row)
        b.setObjectName("stepAttach")
        b.setToolTip(self.tr("Attach files to this step: %1").replace("%1", step["evidence"]))
        b.clicked.connect(lambda _=False, k=key: self.attach_requested.emit(k))
        b.installEventFilter(self)
        line.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.attach_buttons[key] = b
        return row

    def _suggestions(self, frame: QFrame, lay: QVBoxLayout, suggest: Mapping[str, Any]) -> None:
        template = suggest.get("template")
        status = suggest.get("status") if suggest.get("status_allowed") else None
        if not template and not status:
            return  # e.g. a move the state machine refuses from the case's status
        row = QWidget(frame)
        flow = FlowLayout(row)
        hint = QLabel(self.tr("Suggested:"), row)
        hint.setObjectName("stepSuggest")
        flow.addWidget(hint)
        if template:
            name = self._template_titles.get(template)
            text = (self.tr("Reply “%1”").replace("%1", name) if name
                    else self.tr("Use the suggested reply"))
            b = QPushButton(text, row)
            b.setObjectName("suggestTemplate")
            b.setToolTip(template)
            b.clicked.connect(lambda _=False, t=template: self.template_suggested.emit(t))
            flow.addWidget(b)
            self.suggest_buttons["template"] = b
            b.installEventFilter(self)
        if status:
            b = QPushButton(self.tr("Move to %1").replace("%1", labels.status(status)), row)
            b.setObjectName("suggestStatus")
            b.clicked.connect(lambda _=False, s=status: self.status_suggested.emit(s))
            flow.addWidget(b)
            self.suggest_buttons["status"] = b
            b.installEventFilter(self)
        lay.addWidget(row)

    def _toggled(self, key: str, on: bool) -> None:
        step = next(s for s in (self.playbook or {}).get("steps", ()) if s["key"] == key)
        if on == (step["state"] == "done"):
            return  # showing the case, not the agent's click
        answer = step["answer"] if step["answer"] is not None else True
        self.step_toggled.emit(key, answer, not on)

    # -- keeping up --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroll.ensureWidgetVisible(watched)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.detail is not None:
            self.show_case(self.detail)
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_nothing()
        super().changeEvent(event)
