"""The Reports window's output: a table exported to CSV and XLSX (never over a file the
user did not agree to replace, never over the store), and the whole report printed to
an A4 PDF that holds its title, figures with their definitions, charts and tables."""

from __future__ import annotations

import sys
import types
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSizeF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from tests.ui import report_fakes

WAIT = 20000


def _fake_export(monkeypatch: pytest.MonkeyPatch) -> None:
    """`app.services.reports.export` as its contract says, where the module is not there
    yet: the real one is used wherever it is."""
    try:
        import app.services.reports.export  # noqa: F401
        return
    except ImportError:
        pass
    from app.io.exporters import write_table
    from app.io.targets import check_target

    def export_table(result, key, path, fmt=None, *, lang="en", overwrite=False,  # type: ignore[no-untyped-def]
                     protected_paths=()):
        target = check_target(Path(path), overwrite, protected_paths)
        table = result.table(key)
        write_table(target, [c.key for c in table.columns], table.rows, key)
        return types.SimpleNamespace(path=target, rows=len(table.rows), fmt=fmt)

    module = types.ModuleType("app.services.reports.export")
    module.export_table = export_table  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.services.reports.export", module)
    import app.services.reports as reports

    monkeypatch.setattr(reports, "export", module, raising=False)


@pytest.fixture
def shown(qtbot, qloop, english, demo_store, monkeypatch):  # type: ignore[no-untyped-def]
    from ui.app import application
    from ui.jobs import Jobs
    from ui.reports_view import ReportsWindow

    application()  # the product's fonts (a CJK face first), as the PDF is printed with
    report_fakes.install(monkeypatch)
    _fake_export(monkeypatch)
    jobs = Jobs()
    w = ReportsWindow(jobs, lambda: demo_store, lambda: "zhaoli", lambda: date(2026, 11, 20))
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.shown, timeout=WAIT, check_params_cb=lambda n: n == "refund-rate"):
        w.choose("refund-rate")
    yield w
    jobs.close()


def _status(qtbot, w, words: str) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: words in w.status.text(), timeout=WAIT)
    return str(w.status.text())


def test_a_table_exports_to_csv_and_xlsx(qtbot, shown, tmp_path: Path, monkeypatch) -> None:
    shown.tables.setCurrentIndex(1)  # by SKU
    csv = tmp_path / "by-sku.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(csv), "CSV, UTF-8 (*.csv)")))
    shown.export_current()
    assert str(csv) in _status(qtbot, shown, "Table exported to")
    text = csv.read_text("utf-8-sig")
    assert "CUP-500-BL" in text and "保温杯 500ml" in text and len(text.splitlines()) == 7
    xlsx = tmp_path / "by-product"  # no suffix: the chosen filter gives it
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(xlsx), "Excel workbook (*.xlsx)")))
    shown.tables.setCurrentIndex(0)
    shown.export_current()
    _status(qtbot, shown, f"Table exported to {tmp_path / 'by-product.xlsx'}")
    sheet = load_workbook(tmp_path / "by-product.xlsx").active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "瑜伽垫 加厚" in values and sheet.max_row == 7


def test_an_export_is_not_written_over_a_file_nobody_agreed_to_replace(qtbot, shown,
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "kept.csv"
    out.write_text("keep me", "utf-8")
    shown.export_current(out)  # named by the program, not chosen in the save dialog
    assert "nothing was written" in _status(qtbot, shown, "Export failed")
    assert out.read_text("utf-8") == "keep me"


def test_the_store_is_never_an_export_target(qtbot, shown, demo_store, monkeypatch) -> None:
    db = demo_store.location.data_dir / "aftersales.db"
    before = db.read_bytes()[:4096]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(db.with_suffix(".csv")), "")))
    monkeypatch.setattr(type(demo_store), "protected_paths",
                        property(lambda s: (db, db.with_suffix(".csv"))))
    shown.export_current()
    _status(qtbot, shown, "nothing was written")
    assert not db.with_suffix(".csv").exists() and db.read_bytes()[:4096] == before


def test_the_report_prints_to_an_a4_pdf(qtbot, shown, tmp_path: Path) -> None:
    out = tmp_path / "refund-rate.pdf"
    shown.print_pdf(out)
    assert str(out) in _status(qtbot, shown, "Report printed to")
    assert out.read_bytes()[:5] == b"%PDF-" and not out.with_name(out.name + ".part").exists()
    doc = QPdfDocument()
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    assert doc.pageCount() >= 2  # figures and charts, then the tables
    size = doc.pagePointSize(0)
    assert abs(size.width() - 595) < 3 and abs(size.height() - 842) < 3  # A4 in points
    text = " ".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    words = " ".join(text.split())
    for needed in ("Refund rate", "Refunded orders / paid orders", "refunded orders ÷ paid orders",
                   "6.0 %", "Refund rate by week", "By SKU", "CUP-500-BL", "Alarm (over 10 %)",
                   "2026-10-22 to 2026-11-20", "保温杯 500ml"):  # copyable, Chinese too
        assert needed in words, needed
    assert doc.pagePointSize(doc.pageCount() - 1) == QSizeF(size)


def test_an_empty_report_shows_and_prints(qtbot, shown, tmp_path: Path, monkeypatch) -> None:
    """A period with nothing in it: no rows, no chart points, figures with no value."""
    from app.services import reports
    from app.services.reports import model as m

    def empty(store, name, flt, actor):  # type: ignore[no-untyped-def]
        full = report_fakes.fake_result(name, flt)
        return m.ReportResult(name, flt, [m.Figure(f.key, f.kind, None) for f in full.figures],
                              [m.Table(t.key, t.columns, []) for t in full.tables],
                              [m.Chart(c.key, c.kind, [], {k: [] for k in c.series}, c.unit)
                               for c in full.charts])

    monkeypatch.setattr(reports, "run", empty)
    for name in ("refund-rate", "reasons", "refund-cost"):
        with qtbot.waitSignal(shown.shown, timeout=WAIT):
            shown.choose(name)
        assert all(c.value.text() in ("—", "0") for c in shown.cards)
        assert all(mdl.rowCount() == 0 for mdl in shown.models) and shown.chart_views
    out = tmp_path / "empty.pdf"
    shown.print_pdf(out)
    _status(qtbot, shown, "Report printed to")
    doc = QPdfDocument()
    doc.load(str(out))
    text = " ".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    assert "No rows for this filter." in " ".join(text.split())


def test_a_pdf_is_never_written_over_the_store_nor_into_nowhere(qtbot, shown, demo_store,
                                                                tmp_path: Path) -> None:
    backups = demo_store.location.data_dir / "backups"
    backups.mkdir(exist_ok=True)
    shown.print_pdf(backups / "report.pdf")
    _status(qtbot, shown, "Printing failed")
    assert not (backups / "report.pdf").exists()
    shown.print_pdf(tmp_path / "no such folder" / "report.pdf")
    assert "does not exist" in _status(qtbot, shown, "Printing failed")
