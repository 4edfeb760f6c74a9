"""Why a row or a file was refused reaches the user in the user's language: in the
import dialog, in its error line and in the report written from the window."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.io.errors import MESSAGES, RowError, english
from tests.conftest import REPO, SHARED_FIXTURES
from ui import i18n, import_texts
from ui.import_dialog import ImportDialog

WAIT = 20000
PDD = SHARED_FIXTURES / "pinduoduo_aftersales.csv"
ENGLISH_FIELDS = ("case no.", "order no.", "sub-order no.", "tracking no.")
# Params a code is raised with that its English sentence does not show.
UNSHOWN = {"read_only": {"database"}}


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    i18n.install("zh_CN")
    yield
    i18n.install("en")


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def sample_params(code: str, *, column: str = "COL") -> dict[str, object]:
    """ASCII stand-ins for every param the English template of `code` names."""
    names = set(re.findall(r"{(\w+)", MESSAGES[code])) - {"where"} | UNSHOWN.get(code, set())
    if "{where}" in MESSAGES[code]:
        names.add("column")
    values: dict[str, object] = {"field": "order_no", "fields": ("case_no", "order_no"),
                                 "headers": ("h1", "h2"), "column": column, "line": 7,
                                 "digits": 15}
    return {n: values.get(n, f"v_{n}") for n in names}


def reports_reasons(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["行号 line", "原因 reason"]
    return {r[0]: r[1] for r in rows[1:]}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_app_io_raises_has_a_chinese_sentence(chinese, code: str) -> None:
    assert code in import_texts.TEXTS
    variants = [sample_params(code)]
    if code in import_texts.WITHOUT_COLUMN:
        variants.append(sample_params(code, column=""))
    for params in variants:
        text = import_texts.describe(code, params, "english")
        assert has_cjk(text), text
        assert not re.search(r"%\d", text), text
        assert text != english(code, params)  # type: ignore[arg-type]
        for name in ("column", "file", "value", "profile", "encoding", "folder", "database"):
            if params.get(name) and name in import_texts.ARGS.get(code, ()):
                assert str(params[name]) in text, (name, text)  # their words stay theirs
        if "field" in params or "fields" in params:
            assert "订单号" in text, text
            assert not any(f in text.lower() for f in ENGLISH_FIELDS), text


def test_every_sentence_fills_only_params_the_code_has() -> None:
    assert set(import_texts.TEXTS) == set(MESSAGES)
    for code, template in import_texts.TEXTS.items():
        names = import_texts.ARGS.get(code, ())
        known = set(re.findall(r"{(\w+)", MESSAGES[code])) | {"column"} | UNSHOWN.get(code, set())
        assert set(names) <= known, code
        assert len(set(re.findall(r"%(\d)", template))) == len(names), code
        if code in import_texts.WITHOUT_COLUMN:
            assert "column" in names
            without = import_texts.WITHOUT_COLUMN[code]
            assert len(set(re.findall(r"%(\d)", without))) == len(names) - 1, code


def test_english_sentences_and_the_fallback(english) -> None:
    text = import_texts.describe("id_scientific", {"field": "order_no", "value": "2.4E+17",
                                                   "column": "订单编号"})
    assert text.startswith("Order no. in scientific notation") and "订单编号" in text
    assert import_texts.describe("no_such_code", {}, "as it was") == "as it was"
    assert import_texts.describe_error(ValueError("plain")) == "plain"
    err = RowError("amount_not_number", value="待定", column="退款金额")
    assert import_texts.describe_error(err) == "Amount 待定 is not a number (column 退款金额)"


def open_dialog(qtbot, store, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(store, "lina")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.set_file(path)
    return dialog


def test_dialog_shows_chinese_reasons_and_writes_a_chinese_report(qtbot, store,
                                                                   chinese) -> None:
    dialog = open_dialog(qtbot, store, PDD)
    shown = dialog.rejected_label.text()
    assert "第 6 行：订单号被 Excel 改成了科学计数法：2.40915E+17（列：订单编号）" in shown
    assert "第 11 行：缺少售后单号（列：售后编号）" in shown
    assert "第 15 行：金额 待定 不是数字（列：退款金额）" in shown
    assert "scientific" not in shown and "missing" not in shown

    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as done:
        dialog.start_import()
    result = done.args[0]
    assert result.rejected == 3 and result.report is not None
    reasons = reports_reasons(Path(result.report))
    assert set(reasons) == {"6", "11", "15"}
    assert all(has_cjk(r.replace("订单编号", "").replace("售后编号", "").replace("退款金额", ""))
               for r in reasons.values()), reasons
    assert reasons["11"] == "缺少售后单号（列：售后编号）"
    assert has_cjk(dialog.summary.text()) and "Inserted" not in dialog.summary.text()


def test_dialog_says_why_a_file_is_unreadable_in_chinese(qtbot, store, chinese) -> None:
    dialog = open_dialog(qtbot, store, SHARED_FIXTURES / "unreadable.xlsx")
    assert "unreadable.xlsx 不是 Excel 工作簿（.xlsx）" in dialog.summary.text()
    assert "not an Excel workbook" not in dialog.summary.text()


def test_command_line_report_stays_english_on_a_chinese_system(tmp_path: Path) -> None:
    report = tmp_path / "rejected.csv"
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "zh_CN.UTF-8",
           "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path / "data"),
         "--user", "tester", "import", str(PDD), "--report", str(report)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    reasons = reports_reasons(report)
    assert reasons["11"] == "missing case no. (售后编号)"
    assert reasons["15"] == "amount 待定 is not a number (退款金额)"
    assert reasons["6"].startswith("order no. in scientific notation (damaged by Excel)")


def test_a_failed_export_is_reported_in_chinese(qtbot, store, chinese, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.import_actions import ImportExportActions

    window = QMainWindow()
    window.store = store  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    actions = ImportExportActions(window)
    with qtbot.waitSignal(actions.export_job.failed, timeout=WAIT):
        actions.export_view(tmp_path / "no-such-folder" / "view.csv")
    message = window.statusBar().currentMessage()
    assert f"文件夹 {tmp_path / 'no-such-folder'} 不存在" in message, message
    with qtbot.waitSignal(actions.export_job.failed, timeout=WAIT):
        actions.export_view(tmp_path / "view.txt")
    assert "view.txt：只能导出为 .csv 或 .xlsx 文件" in window.statusBar().currentMessage()


def test_unknown_platform_statuses_line(english) -> None:
    from ui.import_texts import unknown_statuses

    assert unknown_statuses({}) == ""
    line = unknown_statuses({"神秘状态": 2, "<b>": 1})
    assert "神秘状态 ×2" in line and "&lt;b&gt; ×1" in line
    assert line.index("神秘状态") < line.index("&lt;b&gt;")  # most rows first
