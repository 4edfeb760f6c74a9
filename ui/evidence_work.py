"""Wires evidence into the window: the Evidence tab of the case pane, files dropped on
the pane or pasted (Ctrl+V), the Handle tab's "Attach…" on a step, the viewer, and
the appeal bundle.

Attaching and removing go through the window's CaseActor (a worker, with the version
the pane shows, so a colleague's change in between is never overwritten); the pane
then shows the case again and the tab reads its files anew. What an attach came to
(how many files, and why each refused one was refused) is said in the pane's notice,
in the agent's language.

`install(window, actor)` is called once the store is open (`ui.case_work`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ui import evidence_texts, i18n
from ui.evidence_drops import Incoming, PaneDrops, clipboard_incoming, paste_action
from ui.evidence_tab import EvidenceTab
from ui.evidence_thumbs import Thumbs

if TYPE_CHECKING:
    from ui.case_actor import CaseActor
    from ui.evidence_viewer import EvidenceViewer
    from ui.main_window import MainWindow

BUNDLE_FOLDER = "evidence/bundle_folder"


# The services load the store (SQLAlchemy): imported when first used, in a worker.
def _attach(store: Any, agent: str, case_id: int, incoming: list[Incoming], *,
            step: str | None = None, note: str | None = None, version: int | None = None) -> Any:
    from app.services import evidence

    return evidence.attach(store, agent, case_id, [i.source() for i in incoming], note=note,
                           step=step, version=version)


def _remove(store: Any, agent: str, case_id: int, evidence_id: int, reason: str, *,
            version: int | None = None) -> Any:
    from app.services import evidence

    return evidence.remove(store, agent, evidence_id, reason, version=version)


def write_appeal_bundle(store: Any, case_id: int, out: Path, actor: str, lang: str) -> Any:
    """The bundle service's result, or {"damaged": name} when a file of the case is
    missing or changed in the evidence folder (no bundle is written then)."""
    from app.services import bundles

    try:
        # The save dialog already asked before a file was written over.
        return bundles.write_bundle(store, case_id, out, actor, lang, overwrite=True)
    except bundles.BlobDamaged as exc:
        return {"damaged": exc.shown}


class EvidenceWork(QObject):
    def __init__(self, window: MainWindow, actor: CaseActor) -> None:
        super().__init__(window)
        self.window = window
        self.actor = actor
        pane = self.pane = window.pane
        self.thumbs = Thumbs(self.store, parent=self)
        self.tab = EvidenceTab(window.jobs, self.store, self.thumbs, pane)
        reply = getattr(pane, "reply_tab", None)
        index = pane.tabs.indexOf(reply) + 1 if reply is not None else None
        pane.add_case_tab(self.tab, self.title, index)
        pane.evidence_tab = self.tab  # type: ignore[attr-defined]
        self.viewer: EvidenceViewer | None = None

        self.tab.attach_requested.connect(self.attach)
        self.tab.remove_requested.connect(self.remove)
        self.tab.open_requested.connect(self.open)
        self.tab.bundle_requested.connect(self.bundle)
        handle = getattr(pane, "handle_tab", None)
        if handle is not None:
            handle.attach_requested.connect(lambda key: self.tab.choose_files(key))
            self.tab.counts_changed.connect(handle.set_evidence_counts)
        self.drops = PaneDrops(pane, lambda: pane.case_id is not None, self.tab.attach_to_chosen)
        self.paste_action = paste_action(window, self.paste)
        window.installEventFilter(self)
        self.tab.grid.installEventFilter(self)
        window.controller.store_opened.connect(self._store_opened)
        self.retranslate()

    def store(self) -> Any:
        inbox = self.window.inbox
        return inbox.store if inbox is not None else None

    def title(self) -> str:
        d = self.pane.detail
        if d is None:
            return QCoreApplication.translate("EvidenceTab", "Evidence")
        return QCoreApplication.translate("EvidenceTab", "Evidence (%1)").replace(
            "%1", str(d.get("evidence_count") or 0))

    def retranslate(self) -> None:
        self.paste_action.setText(QCoreApplication.translate(
            "EvidenceWork", "Paste a screenshot or files as evidence"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if (watched is self.tab.grid and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Copy)):  # type: ignore[attr-defined]
            self.copy_selected()
            return True
        return False

    def copy_selected(self) -> bool:
        """Ctrl+C on a file: it goes to the clipboard (a checked copy), to paste into the
        platform's form or chat."""
        from ui.evidence_copies import clipboard_mime

        row = self.tab.model.row_at(self.tab.grid.currentIndex())
        store = self.store()
        if row is None or store is None:
            return False
        mime = clipboard_mime(store, row)
        if mime is None:
            from app.services.evidence import blob_path

            gone = not blob_path(store, str(row["sha256"])).exists()
            self.pane.show_notice(evidence_texts.blob_problem("missing" if gone else "altered"))
            return False
        QGuiApplication.clipboard().setMimeData(mime)
        self.pane.show_notice(QCoreApplication.translate(
            "EvidenceWork", "%1 is on the clipboard: paste it into the platform's form or "
                            "chat.").replace("%1", str(row["name"])))
        return True

    def _store_opened(self) -> None:
        """Another store: its files are checked and pictured anew."""
        self.thumbs.forget()
        self.tab.clear()
        if self.pane.detail is not None:
            self.tab.show_case(self.pane.detail)

    # -- attaching and removing ------------------------------------------------------------
    def attach(self, incoming: list[Incoming], step: str | None, note: str | None) -> None:
        case_id = self.pane.case_id
        if case_id is None or not incoming:
            return
        step_title = self.tab.step_title(step)

        def then(result: Any) -> None:
            self.pane.show_notice(evidence_texts.outcome(result.files, step_title))
            if result.done is not None:
                self.tab.attached()

        self.actor.call_then(case_id, then, _attach, incoming, step=step, note=note)

    def remove(self, evidence_id: int, reason: str) -> None:
        case_id = self.pane.case_id
        if case_id is None:
            return
        name = next((r["name"] for r in self.tab.model.all_rows if r["id"] == evidence_id), "")
        self.actor.call_then(case_id, lambda _done: self.pane.show_notice(
            QCoreApplication.translate(
                "EvidenceWork", "“%1” is off the case. It stays in the evidence store and the "
                "case's history says who took it off and why.").replace("%1", name)),
            _remove, evidence_id, reason)

    def paste(self) -> None:
        """Ctrl+V: the clipboard's screenshot or files go to the case shown, and the
        Evidence tab comes forward to show them."""
        if self.pane.case_id is None:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "EvidenceWork", "Open a case first: pasted evidence goes to the case shown."),
                8000)
            return
        incoming = clipboard_incoming()
        self.pane.tabs.setCurrentWidget(self.tab)
        self.tab.focus_content()
        if not incoming:
            self.pane.show_notice(evidence_texts.nothing_to_paste())
            return
        self.tab.attach_to_chosen(incoming)

    # -- viewing -------------------------------------------------------------------------
    def open(self, row: dict[str, Any]) -> EvidenceViewer:
        if self.viewer is None:
            from ui.evidence_viewer import EvidenceViewer

            self.viewer = EvidenceViewer(self.window.jobs, self.store, self.window)
        shown = self.tab.model.rows
        at = next((i for i, r in enumerate(shown) if r["sha256"] == row["sha256"]), None)
        if at is None:
            self.viewer.show_file(row)
        else:
            self.viewer.show_files(shown, at)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()
        return self.viewer

    # -- the appeal bundle -----------------------------------------------------------------
    def bundle(self) -> None:
        d, store = self.pane.detail, self.store()
        if d is None or store is None:
            return
        settings = self.window.settings
        folder = str(settings.value(BUNDLE_FOLDER, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        path, _ = QFileDialog.getSaveFileName(
            self.tab, QCoreApplication.translate("EvidenceWork", "Save the appeal bundle"),
            str(Path(folder) / f"{d['case_no']}-appeal.zip"),
            QCoreApplication.translate("EvidenceWork", "ZIP archive (*.zip)"))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".zip") else Path(path + ".zip")
        settings.setValue(BUNDLE_FOLDER, str(out.parent))
        case_id = int(d["id"])
        job = self.window.jobs.job("bundle")
        job.done.connect(lambda result, cid=case_id: self._bundled(cid, result))
        job.failed.connect(lambda message, _cancel: self.pane.show_notice(message))
        job.start(write_appeal_bundle, store, case_id, out, self.window.user,
                  i18n.current_language())

    def _bundled(self, case_id: int, result: Any) -> None:
        if isinstance(result, dict):
            text = QCoreApplication.translate(
                "EvidenceWork", "No bundle was written: %1 is missing from the evidence folder "
                "or was changed there. Run verify and restore it from a backup.").replace(
                "%1", result["damaged"])
        else:
            warnings = [str(w["text"]) for w in result.warnings]
            text = QCoreApplication.translate(
                "EvidenceWork", "The appeal bundle is saved as %1.").replace(
                "%1", str(result.path))
            if warnings:
                text += "\n" + QCoreApplication.translate(
                    "EvidenceWork", "Check before you send it:") + "\n" + "\n".join(
                    f"• {w}" for w in warnings)
        if self.pane.case_id == case_id:
            if not isinstance(result, dict):  # its history holds the export now
                self.window.controller.open_case(case_id)
            self.pane.show_notice(text)
        else:
            self.window.statusBar().showMessage(text.splitlines()[0], 15000)

    def close(self) -> None:
        self.thumbs.close()


def install(window: MainWindow, actor: CaseActor) -> EvidenceWork:
    work = EvidenceWork(window, actor)
    window.evidence_work = work  # type: ignore[attr-defined]
    return work
