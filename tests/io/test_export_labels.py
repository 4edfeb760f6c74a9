"""An export names our codes as the window does, in Chinese and English, without Qt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.domain.enums import CaseKind, CaseStatus, ExceptionSubtype, Platform, Reason
from app.io.export_labels import TABLES, label
from tests.conftest import REPO

UI_TABLES = {"platform": "PLATFORMS", "kind": "KINDS", "exception_subtype": "SUBTYPES",
             "reason": "REASONS", "status": "STATUSES", "shipment": "SHIPMENT_KINDS",
             "action": "ACTIONS", "field": "FIELDS", "escalation": "ESCALATION"}


@pytest.mark.parametrize(("table", "enum"), [
    ("platform", Platform), ("kind", CaseKind), ("exception_subtype", ExceptionSubtype),
    ("reason", Reason), ("status", CaseStatus)])
def test_every_code_has_a_chinese_and_an_english_name(table, enum):
    assert set(TABLES[table]) == {e.value for e in enum}
    for code in TABLES[table]:
        zh, en = label(table, code, "zh"), label(table, code, "en")
        assert zh and en and not zh.isascii() and en.isascii()


def test_the_names_are_the_windows_own_words():
    source = (REPO / "ui" / "labels.py").read_text("utf-8")
    zh_of: dict[str, str] = {}
    for ctx in ET.parse(REPO / "resources" / "translations" / "aftersales_zh_CN.ts").getroot():
        if ctx.findtext("name") == "Labels":
            for m in ctx.iter("message"):
                zh_of[m.findtext("source") or ""] = m.findtext("translation") or ""
    for table, ui_name in UI_TABLES.items():
        # at the start of a line: REVEALED_FIELDS is not FIELDS
        body = re.search(r"^" + ui_name + r" = \{(.*?)\n\}", source, re.S | re.M)
        assert body is not None
        window = dict(re.findall(r'"(\w+)": QT_TRANSLATE_NOOP\("Labels", "([^"]+)"\)',
                                 body.group(1)))
        assert {code: (zh_of[en], en) for code, en in window.items()} == TABLES[table], (
            f"app/io/export_labels.py must name the {table} codes as ui/labels.py {ui_name} does")


def test_unknown_codes_and_empty_cells_pass_through():
    assert label("reason", "a_newer_reason", "zh") == "a_newer_reason"
    assert label("exception_subtype", None, "zh") is None
