"""The case pane's tabs all show their whole titles beside the inbox at 1440×900 with
the shipped style sheet, in both languages (no scroll arrows hiding the Timeline)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import select_case
from ui import i18n
from ui.app import STYLE


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_tab_title_fits_at_1440(qtbot, qapp, window, english, lang: str) -> None:  # type: ignore[no-untyped-def]
    qapp.setStyleSheet(STYLE.read_text("utf-8"))
    try:
        i18n.install(lang)
        window.resize(1440, 900)
        case_id = window.model.case_id(0)
        select_case(qtbot, window, case_id)
        qtbot.waitUntil(lambda: window.pane.case_id == case_id, timeout=8000)
        qtbot.wait(50)
        bar = window.pane.tabs.tabBar()
        needed = sum(bar.tabRect(i).width() for i in range(bar.count()))
        assert bar.count() >= 5
        assert needed <= window.pane.tabs.width(), [bar.tabText(i) for i in range(bar.count())]
    finally:
        qapp.setStyleSheet("")
