"""The Evidence tab's grid: one item per file of the case (the rows of
`app.services.evidence.list_evidence`), shown as its thumbnail with its name, who
added it and when, and the playbook step it is on; filtered by step."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui import evidence_copies, evidence_texts
from ui.evidence_thumbs import THUMB, Thumbs

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
WHO_ROLE = Qt.ItemDataRole.UserRole + 2
STEP_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4  # loading, image, tile, missing, altered
ALL = None  # the filter that shows every file
NO_STEP = ""  # the filter that shows the files on the case, on no step

_Index = QModelIndex | QPersistentModelIndex


def when_text(at: str | None, short: bool = False) -> str:
    """Local time; `short` (under a thumbnail) gives only the time for today and only
    the day for this year, as mail clients do: the tooltip has the whole of it."""
    if not at:
        return ""
    try:
        when = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    now = datetime.now().astimezone()
    if short and when.date() == now.date():
        return when.strftime("%H:%M")
    if short and when.year == now.year:
        return when.strftime("%m-%d")
    return when.strftime("%Y-%m-%d %H:%M")


class EvidenceModel(QAbstractListModel):
    def __init__(self, thumbs: Thumbs, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.case_id: int | None = None
        self.all_rows: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        self.step_titles: dict[str, str] = {}
        self.filter: str | None = ALL
        thumbs.ready.connect(self._thumb_ready)

    # -- contents ----------------------------------------------------------------------
    def show_rows(self, case_id: int | None, rows: list[dict[str, Any]],
                  step_titles: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.case_id = case_id
        self.all_rows = list(rows)
        self.step_titles = dict(step_titles)
        self.rows = self._filtered()
        self.endResetModel()
        for row in self.rows:  # thumbnails start now, not when first painted
            self.thumbs.get(row["sha256"], row["type"], int(row["size"]))

    def set_filter(self, step: str | None) -> None:
        self.beginResetModel()
        self.filter = step
        self.rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[dict[str, Any]]:
        if self.filter is ALL:
            return list(self.all_rows)
        return [r for r in self.all_rows if (r.get("step") or NO_STEP) == self.filter]

    def counts(self) -> dict[str | None, int]:
        """Files by step (None: on no step) over every file of the case."""
        out: dict[str | None, int] = {}
        for r in self.all_rows:
            out[r.get("step")] = out.get(r.get("step"), 0) + 1
        return out

    def row_at(self, index: _Index) -> dict[str, Any] | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def step_text(self, step: str | None, short: bool = False) -> str:
        """The step a file is on; `short` (under a thumbnail): its title alone."""
        if not step:
            return QCoreApplication.translate("EvidenceModel", "On the case")
        title = self.step_titles.get(step)
        if not title:
            return QCoreApplication.translate("EvidenceModel", "A step the playbook no longer has")
        return title if short else QCoreApplication.translate(
            "EvidenceModel", "Step: %1").replace("%1", title)

    # -- Qt ------------------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        # Dragged out onto a platform's upload form or a chat: a checked copy goes.
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list", evidence_copies.OWN_DRAG]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Any) -> QMimeData:
        store = self.thumbs.store()
        rows = [r for r in (self.row_at(i) for i in indexes) if r is not None]
        paths = [p for p in (evidence_copies.checked_copy(store, r) for r in rows)
                 if p is not None] if store is not None else []
        return evidence_copies.mime_for(paths)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row["name"]
        if role in (Qt.ItemDataRole.DecorationRole, STATE_ROLE):
            state, pixmap = self.thumbs.get(row["sha256"], row["type"], int(row["size"]))
            return pixmap if role == Qt.ItemDataRole.DecorationRole else state
        if role == WHO_ROLE:
            return f"{row['added_by']} · {when_text(row.get('added_at'), short=True)}"
        if role == STEP_ROLE:
            return self.step_text(row.get("step"), short=True)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row['name']}, {evidence_texts.type_name(row['type'])}"
        return None

    def _tooltip(self, row: Mapping[str, Any]) -> str:
        lines = [row["name"],
                 f"{evidence_texts.type_name(row['type'])} · {evidence_texts.size_text(int(row['size']))}",
                 QCoreApplication.translate("EvidenceModel", "Added by %1 on %2").replace(
                     "%1", str(row["added_by"])).replace("%2", when_text(row.get("added_at"))),
                 self.step_text(row.get("step"))]
        if row.get("note"):
            lines.append(QCoreApplication.translate("EvidenceModel", "Note: %1").replace(
                "%1", str(row["note"])))
        problem = self.thumbs.problem(row["sha256"])
        if problem:
            lines.append(evidence_texts.blob_problem(problem))
        lines.append(f"SHA-256 {row['sha256']}")
        return "\n".join(lines)

    def _thumb_ready(self, sha256: str) -> None:
        for r, row in enumerate(self.rows):
            if row["sha256"] == sha256:
                i = self.index(r, 0)
                self.dataChanged.emit(i, i, [Qt.ItemDataRole.DecorationRole, STATE_ROLE])


def _who_fitted(metrics: QFontMetrics, text: str, width: int) -> str:
    """'who · when' in the width: the name gives way first, the time stays whole."""
    if metrics.horizontalAdvance(text) <= width or " · " not in text:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    who, when = text.split(" · ", 1)
    room = width - metrics.horizontalAdvance(" · " + when)
    return metrics.elidedText(who, Qt.TextElideMode.ElideRight, max(room, 0)) + " · " + when


class EvidenceDelegate(QStyledItemDelegate):
    """A thumbnail on top, then the file's name, who added it when, and its step."""

    PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
        # Narrow enough that three fit across the pane at 1440 px.
        return QSize(THUMB + 2 * self.PAD + 12, THUMB + 2 * self.PAD + 3 * line + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        r: QRect = opt.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        box = r.adjusted(2, 2, -2, -2)
        painter.setPen(QColor("#8fb2ee") if selected else QColor("#e1e4e8"))
        painter.setBrush(QColor("#e3ecfb") if selected else QColor("#ffffff"))
        painter.drawRoundedRect(box, 6, 6)
        thumb_area = QRect(box.left() + (box.width() - THUMB) // 2, box.top() + self.PAD,
                           THUMB, THUMB)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None and not pixmap.isNull():
            w, h = pixmap.width(), pixmap.height()
            painter.drawPixmap(thumb_area.left() + (THUMB - w) // 2,
                               thumb_area.top() + (THUMB - h) // 2, pixmap)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f0f2f5"))
            painter.drawRoundedRect(thumb_area, 6, 6)
            painter.setPen(QColor("#8a93a0"))
            painter.drawText(thumb_area, Qt.AlignmentFlag.AlignCenter, "…")
        text_left = box.left() + 6
        width = box.width() - 12
        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        line = metrics.height()
        y = thumb_area.bottom() + 6
        bold = QFont(opt.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
        name = QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideMiddle, width)
        painter.drawText(QRect(text_left, y, width, line), Qt.AlignmentFlag.AlignHCenter, name)
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(QColor("#5b6676"))
        who = _who_fitted(metrics, str(index.data(WHO_ROLE)), width)
        painter.drawText(QRect(text_left, y + line, width, line), Qt.AlignmentFlag.AlignHCenter, who)
        row = index.data(ROW_ROLE) or {}
        painter.setPen(QColor("#0b4fb3") if row.get("step") else QColor("#8a93a0"))
        step = metrics.elidedText(str(index.data(STEP_ROLE)), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, y + 2 * line, width, line), Qt.AlignmentFlag.AlignHCenter,
                         step)
        painter.restore()
