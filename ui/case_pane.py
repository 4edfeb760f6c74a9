"""The case pane: a header with the case at a glance and the actions an agent takes
on it, and tabs for handling it, the order and logistics, and the timeline of every
history event.

It shows the plain dict of `app.services.cases.case_detail`; loading it and acting
on it are the window's job (in worker threads, `ui.case_actor`): the pane only says
what the agent asked for (`act`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import labels
from ui.case_action_bar import CaseActionBar
from ui.deadline_words import deadline_text, urgency
from ui.timeline_tab import TimelineTab


def _parse(at: str | None) -> datetime | None:
    return datetime.fromisoformat(at) if at else None


def _local_text(at: str | None) -> str:
    when = _parse(at)
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "—"


def _duration(seconds: int) -> str:
    from PySide6.QtCore import QCoreApplication

    hours, rest = divmod(max(0, seconds), 3600)
    if hours >= 24:
        return QCoreApplication.translate("CasePane", "%1 d %2 h").replace(
            "%1", str(hours // 24)).replace("%2", str(hours % 24))
    return QCoreApplication.translate("CasePane", "%1 h %2 min").replace(
        "%1", str(hours)).replace("%2", str(rest // 60))


def _elastic(label: QLabel) -> QLabel:
    """A label that never makes the pane wider: it is cut instead (full text in its tooltip)."""
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _chip(text: str, kind: str) -> QLabel:
    chip = QLabel(text)
    chip.setObjectName("chip")
    chip.setProperty("tone", kind)
    return chip


class CasePane(QWidget):
    # Action specs for the open case (app.services.case_actions) and the event's name.
    act = Signal(list, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePane")
        self.detail: dict[str, Any] | None = None
        self._now: datetime | None = None

        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("panePlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        body = QWidget(self)
        self.title = QLabel(body)
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(body)
        self.subtitle.setObjectName("caseSubtitle")
        _elastic(self.title)
        _elastic(self.subtitle)
        # A long case no. goes to the next line rather than being cut.
        self.title.setWordWrap(True)
        self.subtitle.setWordWrap(True)
        self.chip_row = QWidget(body)
        self.chip_row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chips = QHBoxLayout(self.chip_row)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(2)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("deadline", "pauses", "amount", "order_total", "assignee",
                    "platform_status", "note"):
            name, value = QLabel(body), QLabel(body)
            value.setObjectName(f"fact_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = (name, value)
            self.facts.addRow(name, value)

        header = QFrame(body)
        header.setObjectName("caseHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(10, 8, 10, 8)
        hl.setSpacing(4)
        hl.addWidget(self.title)
        hl.addWidget(self.subtitle)
        hl.addWidget(self.chip_row)
        hl.addLayout(self.facts)
        self.actions = CaseActionBar(header)
        self.actions.act.connect(self.act)
        hl.addWidget(self.actions)
        # What the last action came to when it did not go through (a colleague was first,
        # a move not allowed): in the pane, where the agent is looking.
        self.notice = QLabel(header)
        self.notice.setObjectName("caseNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        hl.addWidget(self.notice)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("caseTabs")
        self.order_tab = QWidget()
        ol = QVBoxLayout(self.order_tab)
        ol.setContentsMargins(6, 6, 6, 6)
        self.order_facts = QFormLayout()
        self.order_facts.setVerticalSpacing(2)
        self.order_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("order_no", "order_status", "paid_at", "buyer", "phone", "address"):
            name, value = QLabel(), _elastic(QLabel())
            value.setObjectName(f"order_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.order_labels[key] = (name, value)
            self.order_facts.addRow(name, value)
        ol.addLayout(self.order_facts)
        self.items = self._table("itemsTable", 6)
        self.shipments = self._table("shipmentsTable", 6)
        self.items_label, self.shipments_label = QLabel(), QLabel()
        self.items_label.setObjectName("sectionLabel")
        self.shipments_label.setObjectName("sectionLabel")
        ol.addWidget(self.items_label)
        ol.addWidget(self.items, 1)
        ol.addWidget(self.shipments_label)
        ol.addWidget(self.shipments, 1)

        self.timeline = self._table("timelineTable", 4)
        for t in (self.items, self.shipments, self.timeline):
            # a few rows only: fitting them to their contents is cheap here
            t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            t.horizontalHeader().setStretchLastSection(True)
        # the long texts give way, so that quantity, price and the changes stay in sight
        for t, col in ((self.items, 0), (self.items, 3), (self.timeline, 3)):
            t.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setMinimumSectionSize(36)
        self.timeline.horizontalHeader().setStretchLastSection(False)
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.order_tab, "")
        self.timeline_tab = TimelineTab(self.timeline)
        self.tabs.addTab(self.timeline_tab, "")
        # Tabs that show a case and are told of it: the Handle and Reply tabs.
        self.case_tabs: list[QWidget] = []
        self._tab_titles: list[tuple[QWidget, Callable[[], str]]] = []

        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(6)
        bl.addWidget(header)
        bl.addWidget(self.tabs, 1)

        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.retranslate()

    @staticmethod
    def _table(name: str, columns: int) -> QTableWidget:
        t = QTableWidget(0, columns)
        t.setObjectName(name)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(22)
        t.horizontalHeader().setStretchLastSection(True)
        t.setWordWrap(False)
        t.setAlternatingRowColors(True)
        return t

    # -- text -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Select a case to see it here.\n"
                                         "J / K or the arrow keys move through the list."))
        names = {"deadline": self.tr("Deadline"), "pauses": self.tr("Clock stopped"),
                 "amount": self.tr("Amount"),
                 "order_total": self.tr("Order total"), "assignee": self.tr("Assignee"),
                 "platform_status": self.tr("Platform status"), "note": self.tr("Note")}
        for key, (name, _v) in self.fact_labels.items():
            name.setText(names[key])
        onames = {"order_no": self.tr("Order no."), "order_status": self.tr("Order status"),
                  "paid_at": self.tr("Paid"), "buyer": self.tr("Buyer"),
                  "phone": self.tr("Phone"), "address": self.tr("Address")}
        for key, (name, _v) in self.order_labels.items():
            name.setText(onames[key])
        self.tabs.setTabText(self.tabs.indexOf(self.order_tab), self.tr("Order"))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), self.tr("Timeline"))
        for widget, title in getattr(self, "_tab_titles", ()):
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        self.items_label.setText(self.tr("Items"))
        self.shipments_label.setText(self.tr("Shipments"))
        self.items.setHorizontalHeaderLabels([
            self.tr("Product"), self.tr("SKU"), self.tr("Spec"), self.tr("Supplier"),
            self.tr("Qty"), self.tr("Unit price")])
        self.shipments.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("Carrier"), self.tr("Tracking no."), self.tr("Shipped"),
            self.tr("Delivered"), self.tr("Urged")])
        self.timeline.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")])
        if self.detail is not None:
            self.show_case(self.detail, self._now)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- contents ---------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self.stack.setCurrentIndex(0)

    @property
    def case_id(self) -> int | None:
        return None if self.detail is None else int(self.detail["id"])

    def show_case(self, d: dict[str, Any], now: datetime | None = None) -> None:
        if self.detail is None or self.detail.get("id") != d.get("id"):
            self.show_notice("")
        self.detail = d
        self._now = now
        order = d.get("order") or {}
        shipments = order.get("shipments") or []
        urged = sum(int(s.get("urge_count") or 0) for s in shipments)
        self.title.setText(f"{labels.kind(d['kind'])}  ·  {d['case_no']}")
        self.title.setToolTip(self.title.text())
        self.subtitle.setText(f"{labels.platform(d['platform'])} · {d['shop']}  —  "
                              f"{labels.reason(d['reason'])}"
                              + (f" ({labels.label('subtype', d['exception_subtype'])})"
                                 if d.get("exception_subtype") else ""))
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        closed = not d["open"]  # the case rules decide, not a list kept here
        self.chips.addWidget(_chip(labels.status(d["status"]), "closed" if closed else "status"))
        deadline = _parse(d.get("deadline"))
        deadline_naive = deadline.replace(tzinfo=None) if deadline else None
        tone = urgency(deadline_naive, now, not closed) if now and deadline_naive else ""
        if tone:
            self.chips.addWidget(_chip({"overdue": self.tr("Overdue"), "soon": self.tr("Due < 4h"),
                                        "today": self.tr("Due today")}[tone], tone))
        if d.get("quality_refund"):
            self.chips.addWidget(_chip(self.tr("Quality refund"), "quality"))
        if d.get("second_refund"):
            self.chips.addWidget(_chip(self.tr("Second refund"), "second"))
        if urged:
            self.chips.addWidget(_chip(self.tr("Urged ×%1").replace("%1", str(urged)), "urged"))
        if d.get("fast_refund"):
            self.chips.addWidget(_chip(self.tr("Fast refund"), "second"))
        if d.get("paused") and not closed:
            self.chips.addWidget(_chip(self.tr("Clock paused"), "status"))
        if d.get("escalated_to"):
            self.chips.addWidget(_chip(self.tr("Escalated to %1").replace(
                "%1", labels.label("escalation", d["escalated_to"])), "urged"))
        if d.get("needs_look"):
            self.chips.addWidget(_chip(self.tr("Platform moved it: look"), "overdue"))
        for tag in d.get("tags") or []:
            self.chips.addWidget(_chip(tag, "tag"))
        self.chips.addStretch(1)

        left = ""
        if d.get("paused") and not closed and d.get("seconds_left") is not None:
            left = "  (" + self.tr("paused since %1, %2 left").replace(
                "%1", _local_text(d.get("paused_at"))).replace(
                "%2", _duration(int(d["seconds_left"]))) + ")"
        elif now and deadline_naive and not closed:
            left = "  (" + deadline_text(deadline_naive, now, None, d.get("auto_action")) + ")"
        self._fact("deadline", _local_text(d.get("deadline")) + left)
        self._fact("amount", f"¥{d['amount']}")
        self._fact("order_total", f"¥{order['total']}" if order else "—")
        self._fact("assignee", d.get("assignee") or self.tr("Unassigned"))
        self._fact("platform_status", d.get("platform_status") or "—")
        self._fact("note", d.get("note") or "—")
        pauses = d.get("pauses") or []
        self._fact("pauses", "; ".join(
            f"{_local_text(p['from'])} – "
            + (_local_text(p["to"]) if p.get("to") else self.tr("now"))
            + (f" ({labels.status(p['status'])})" if p.get("status") else "")
            for p in pauses[-3:]))
        self.facts.setRowVisible(self.fact_labels["pauses"][0], bool(pauses))

        buyer = order.get("buyer") or {}
        self._order_fact("order_no", order.get("order_no") or "—")
        self._order_fact("order_status", order.get("status") or "—")
        self._order_fact("paid_at", _local_text(order.get("paid_at")))
        self._order_fact("buyer", " ".join(x for x in (buyer.get("nickname"), buyer.get("name")) if x)
                         or "—")
        self._order_fact("phone", buyer.get("phone") or "—")
        self._order_fact("address", buyer.get("address") or "—")

        items = order.get("items") or []
        self.items.setRowCount(len(items))
        for r, it in enumerate(items):
            for c, v in enumerate((it["product"], it.get("sku_code") or "", it.get("sku_spec") or "",
                                   it.get("supplier") or "", str(it["quantity"]),
                                   f"¥{it['unit_price']}")):
                self.items.setItem(r, c, QTableWidgetItem(v))
        self.shipments.setRowCount(len(shipments))
        for r, s in enumerate(shipments):
            for c, v in enumerate((labels.label("shipment", s["kind"]), s.get("carrier") or "—",
                                   s.get("tracking_no") or "—", _local_text(s.get("shipped_at")),
                                   _local_text(s.get("delivered_at")),
                                   str(s.get("urge_count") or 0))):
                self.shipments.setItem(r, c, QTableWidgetItem(v))

        history = d.get("history") or []
        self.timeline_tab.show_history(int(d["id"]), history)
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab),
                             self.tr("Timeline (%1)").replace("%1", str(len(history))))
        self.actions.show_case(d)
        for tab in self.case_tabs:
            tab.show_case(d)  # type: ignore[attr-defined]
        for widget, title in self._tab_titles:  # a title may count something (Evidence (3))
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        self.stack.setCurrentIndex(1)

    def add_case_tab(self, widget: QWidget, title: Callable[[], str],
                     index: int | None = None) -> None:
        """A tab that shows the open case (it has `show_case(detail)`); `title` gives
        its name in the current language."""
        if index is None:
            self.tabs.addTab(widget, title())
        else:
            self.tabs.insertTab(index, widget, title())
        self.case_tabs.append(widget)
        self._tab_titles.append((widget, title))
        if self.detail is not None:
            widget.show_case(self.detail)  # type: ignore[attr-defined]

    def set_agent(self, name: str, users: list[str] | None = None) -> None:
        self.actions.agent = name
        if users is not None:
            self.actions.users = users
        if self.detail is not None:
            self.actions.show_case(self.detail)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _fact(self, key: str, text: str) -> None:
        self.fact_labels[key][1].setText(text)

    def _order_fact(self, key: str, text: str) -> None:
        self.order_labels[key][1].setText(text)
