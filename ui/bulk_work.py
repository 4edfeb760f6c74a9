"""Work on many cases at once: select rows (Shift/Ctrl-click, Ctrl+A for the whole
view), then move, assign or tag them all. One transaction; a result per case says
what was done and what was refused, and why (never all-or-nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import CaseStatus
from ui import labels

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHORTCUTS = {"status": "Ctrl+Alt+S", "assign": "Ctrl+Alt+A", "tag": "Ctrl+Alt+T",
             "macro": "Ctrl+Alt+R", "refunds": "Ctrl+Alt+Y"}


def selected_ids(window: MainWindow) -> list[int]:
    """The ids of the selected rows, read by ranges: Ctrl+A over a million rows is one
    range, not a million indexes."""
    model = window.model
    out: list[int] = []
    for rng in window.table.selectionModel().selection():
        for row in range(rng.top(), rng.bottom() + 1):
            case_id = model.case_id(row)
            if case_id is not None:
                out.append(case_id)
    return list(dict.fromkeys(out))


class BulkResults(QDialog):
    """What a bulk action did to each case."""

    def __init__(self, results: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkResults")
        self.setWindowTitle(QCoreApplication.translate("BulkWork", "Bulk action: result per case"))
        done = [r for r in results if getattr(r, "version", None) is not None]
        refused = [r for r in results if getattr(r, "version", None) is None]
        summary = QLabel(QCoreApplication.translate("BulkWork", "%1 of %2 cases changed, %3 refused.").replace(
            "%1", f"{len(done):,}").replace("%2", f"{len(results):,}").replace(
            "%3", f"{len(refused):,}"), self)
        summary.setObjectName("bulkSummary")
        self.table = QTableWidget(len(results), 3, self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("BulkWork", "Case"), QCoreApplication.translate("BulkWork", "Result"), QCoreApplication.translate("BulkWork", "Why")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Refusals first: they are what the agent has to look at.
        for row, result in enumerate([*refused, *done]):
            ok = result in done
            why = "" if ok else _reason(result)
            values = (str(result.case_id), QCoreApplication.translate("BulkWork", "Done") if ok else QCoreApplication.translate("BulkWork", "Refused"), why)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(640, 420)


def _reason(refused: Any) -> str:
    code = getattr(refused, "code", "")
    if code == "illegal_transition":
        return QCoreApplication.translate("BulkWork", "This move is not allowed from the case's status.")
    if code == "no_change":
        return QCoreApplication.translate("BulkWork", "Nothing to do: the case is already so.")
    if code == "action_not_allowed":
        return QCoreApplication.translate(
            "BulkWork", "Not a refund-only case waiting for a decision.")
    if code == "over_batch_amount":
        return QCoreApplication.translate(
            "BulkWork", "More than the platform takes in one batch call: approve it on its own.")
    if code == "duplicate":
        return QCoreApplication.translate("BulkWork", "Selected twice: approved once.")
    if code == "case_not_found":
        return QCoreApplication.translate("BulkWork", "This case no longer exists.")
    return str(getattr(refused, "reason", ""))


class BulkWork:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        bar = window.menuBar()
        self.menu = bar.addMenu("")
        if len(bar.actions()) > 1:  # before Help, which stays last
            bar.insertMenu(bar.actions()[-2], self.menu)
        self.menu.setObjectName("bulkMenu")
        self.actions: dict[str, QAction] = {}
        for key in ("status", "assign", "tag", "macro", "refunds"):
            action = QAction(window)
            action.setObjectName(f"bulk_{key}")
            action.setShortcut(QKeySequence(SHORTCUTS[key]))
            action.triggered.connect(getattr(self, f"ask_{key}"))
            self.menu.addAction(action)
            self.actions[key] = action
        self.last_results: list[Any] | None = None
        window.case_actor.bulk_done.connect(self._show)  # type: ignore[attr-defined]
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("BulkWork", "&Selection"))
        self.actions["status"].setText(QCoreApplication.translate("BulkWork", "Move selected cases to…"))
        self.actions["assign"].setText(QCoreApplication.translate("BulkWork", "Assign selected cases…"))
        self.actions["tag"].setText(QCoreApplication.translate("BulkWork", "Tag selected cases…"))
        self.actions["macro"].setText(QCoreApplication.translate(
            "BulkWork", "Run a macro on selected cases…"))
        self.actions["refunds"].setText(QCoreApplication.translate(
            "BulkWork", "Approve the selected refunds…"))

    # -- asking ------------------------------------------------------------------------
    def choose(self, title: str, label: str, items: list[str], editable: bool) -> str | None:
        """The agent's choice, or None (tests replace this)."""
        text, ok = QInputDialog.getItem(self.window, title, label, items, 0, editable)
        return text if ok and text else None

    def _ids_or_say(self) -> list[int]:
        ids = selected_ids(self.window)
        if not ids:
            self.window.statusBar().showMessage(QCoreApplication.translate("BulkWork", "Select the cases first (Ctrl+A: all)."),
                                                8000)
        return ids

    def ask_status(self) -> None:
        ids = self._ids_or_say()
        if not ids:
            return
        names = [labels.status(s.value) for s in CaseStatus]
        chosen = self.choose(QCoreApplication.translate("BulkWork", "Move %1 cases").replace("%1", f"{len(ids):,}"),
                             QCoreApplication.translate("BulkWork", "To:"), names, False)
        if chosen in names:
            status = list(CaseStatus)[names.index(chosen)].value
            self.run(ids, [{"do": "status", "to": status}])

    def ask_assign(self) -> None:
        ids = self._ids_or_say()
        if not ids:
            return
        users = list(self.window.pane.actions.users)
        chosen = self.choose(QCoreApplication.translate("BulkWork", "Assign %1 cases").replace("%1", f"{len(ids):,}"),
                             QCoreApplication.translate("BulkWork", "To whom:"), users, True)
        if chosen:
            self.run(ids, [{"do": "assign", "user": chosen.strip()}])

    def ask_tag(self) -> None:
        ids = self._ids_or_say()
        if not ids:
            return
        chosen = self.choose(QCoreApplication.translate("BulkWork", "Tag %1 cases").replace("%1", f"{len(ids):,}"),
                             QCoreApplication.translate("BulkWork", "Tag:"), [""], True)
        if chosen and chosen.strip():
            self.run(ids, [{"do": "tag", "tag": chosen.strip()}])

    def ask_macro(self) -> None:
        from app.services import macros
        from ui import i18n

        ids = self._ids_or_say()
        store = self.window.inbox.store if self.window.inbox is not None else None
        if not ids or store is None:
            return
        lang = i18n.current_language()
        found = macros.macros(store)
        titles = [m.title_in(lang) for m in found]
        chosen = self.choose(QCoreApplication.translate("BulkWork", "Run a macro on %1 cases")
                             .replace("%1", f"{len(ids):,}"),
                             QCoreApplication.translate("BulkWork", "Macro:"), titles, False)
        if chosen in titles:
            key = found[titles.index(chosen)].key
            self.window.case_actor.call_many(  # type: ignore[attr-defined]
                macros.run_macro_many, ids, key, lang=lang)

    def confirm(self, title: str, text: str) -> bool:
        """Whether the agent goes ahead (tests replace this)."""
        yes = QMessageBox.StandardButton.Yes
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          yes | QMessageBox.StandardButton.No, self.window)
        box.setDefaultButton(yes)
        return box.exec() == yes

    def ask_refunds(self) -> None:
        """Approve the selected refund-only cases, in the batch calls their platform
        takes (Taobao: 20 refunds and ¥6,000 a call); a case that is not a refund to
        approve is refused with its reason, the others go."""
        from app.services import refund_batches
        from app.services.idempotency import new_key

        ids = self._ids_or_say()
        if not ids:
            return
        title = QCoreApplication.translate("BulkWork", "Approve %1 refunds").replace(
            "%1", f"{len(ids):,}")
        text = QCoreApplication.translate(
            "BulkWork", "Refund each selected refund-only case its whole amount, in the "
            "batches its platform takes? Cases that are not refunds to approve are "
            "refused and listed.")
        if self.confirm(title, text):
            self.window.case_actor.call_many(  # type: ignore[attr-defined]
                refund_batches.approve_selected, ids, new_key())

    def run(self, ids: list[int], specs: Any, name: str | None = None,
            context: dict[str, Any] | None = None) -> None:
        self.window.case_actor.perform_many(ids, specs, name, context)  # type: ignore[attr-defined]

    def show_results(self, results: list[Any]) -> None:
        """Shown modeless: the agent keeps working while reading it (tests read it)."""
        dialog = BulkResults(results, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.dialog = dialog

    def _show(self, results: list[Any]) -> None:
        self.last_results = results
        self.window.refresh()
        self.show_results(results)


def install(window: MainWindow) -> BulkWork:
    work = BulkWork(window)
    window.bulk_work = work  # type: ignore[attr-defined]
    return work
