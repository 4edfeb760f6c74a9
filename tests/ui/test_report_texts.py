"""Every key of the reports' catalog has words in the window (a key added there without
them fails here), the codes the reports put in their rows read as words, and the
window's English titles and definitions are the catalog's own."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from app.services.reports import catalog
from app.services.reports.catalog import CATALOG, NAMES
from ui import i18n, report_format, report_texts


def test_every_catalog_key_has_words() -> None:
    for name, spec in CATALOG.items():
        assert report_texts.TITLES[name] == spec.title
        assert report_texts.DEFINITIONS[name] == spec.definition, (
            f"{name}: the catalog's definition changed; copy it into ui/report_texts.py")
        for key, _kind in spec.figures:
            assert (name, key) in report_texts.FIGURES, (name, key)
            assert all(report_texts.FIGURES[(name, key)])
        for table, columns in spec.tables.items():
            assert table in report_texts.TABLES, (name, table)
            for c in columns:
                assert c.key in report_texts.COLUMNS, (name, table, c.key)
        for chart in spec.charts:
            assert (name, chart) in report_texts.CHARTS, (name, chart)
    # nothing worded that the catalog no longer has
    assert set(report_texts.TITLES) == set(NAMES)
    assert {n for n, _k in report_texts.FIGURES} <= set(NAMES)
    assert {n for n, _k in report_texts.CHARTS} <= set(NAMES)


def test_the_window_and_the_screenshot_list_the_catalog_reports() -> None:
    from ui.commands import REPORTS
    from ui.reports_view import NAMES as SHOWN

    assert REPORTS == NAMES == SHOWN


def test_the_reports_codes_read_as_words(qapp) -> None:
    for code in getattr(catalog, "OUTCOMES", ("refunded", "rejected", "cancelled", "open")):
        assert report_texts.value("outcome", code) != code, code
    words = getattr(catalog, "VALUE_WORDS", {})
    for column, codes in words.items():
        for code in codes:
            assert report_texts.value(column, code) != code, (column, code)
    assert report_texts.value("band", "high") == "Alarm (over 10 %)"
    assert report_texts.value("band", "good") == "Good (under 5 %)"
    assert report_texts.value("reason", "quality_problem") == "Quality problem"
    assert report_texts.value("kind", "return_refund") == "Return and refund"
    assert report_texts.value("reason", "postage", "compensation") == "Return postage"
    assert report_texts.value("shop", "抖店旗舰店") == "抖店旗舰店"  # a name stays a name


def test_values_are_shown_by_their_kind(qapp) -> None:
    assert report_format.shown("fen", 1001200) == "¥10,012.00"
    assert report_format.shown("fen", -5) == "-¥0.05"
    assert report_format.shown("percent", 0.05) == "5.0 %"
    assert report_format.shown("percent", 0.12345) == "12.3 %"
    assert report_format.shown("hours", 26.04) == "26.0 h"
    assert report_format.shown("int", 12345) == "12,345"
    assert report_format.shown("percent", None) == "" and report_format.shown("int", None) == "0"
    assert report_format.shown("flag", True) == "Yes" and report_format.shown("flag", False) == ""
    assert report_format.sort_key("fen", 900) < report_format.sort_key("fen", 10000)


def _sources() -> set[str]:
    out: set[str] = set()
    for table in (report_texts.TITLES, report_texts.DEFINITIONS, report_texts.TABLES,
                  report_texts.COLUMNS, report_texts.CHARTS, report_texts.BANDS,
                  report_texts.OUTCOMES, report_texts.COST_KINDS, report_texts.SERIES):
        out |= set(table.values())
    for label, note in report_texts.FIGURES.values():
        out |= {label, note}
    return out


def test_every_report_text_has_a_chinese_translation() -> None:
    """Once the catalogue holds the reports' context (`python -m ui.i18n`), each of
    their words is translated."""
    root = ET.parse(i18n.TRANSLATIONS / "aftersales_zh_CN.ts").getroot()
    found = {m.findtext("source"): m.find("translation")
             for ctx in root.iter("context") if ctx.findtext("name") == report_texts.CTX
             for m in ctx.iter("message")}
    if not found:
        pytest.skip("the catalogue has no ReportTexts yet: run python -m ui.i18n and translate")
    missing = [s for s in _sources() if s not in found or not (found[s].text or "").strip()
               or found[s].get("type") == "unfinished"]
    assert missing == []
