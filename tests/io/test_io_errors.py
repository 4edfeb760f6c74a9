"""Import errors carry a stable code and params; their English text stays as it was."""

from __future__ import annotations

import copy
import pickle
import re
from pathlib import Path

import pytest

from app.io import quirks as q
from app.io.errors import MESSAGES, ImportFileError, RowError, UnknownHeaders, english
from app.io.parse import ExportReader, Rejected
from app.io.profiles import builtin_profiles
from tests.conftest import FIXTURES, REPO


def test_rejected_rows_carry_code_params_and_the_english_reason() -> None:
    with ExportReader(FIXTURES / "pinduoduo_aftersales.csv", builtin_profiles()) as r:
        rejected = {i.line: i for i in r.items() if isinstance(i, Rejected)}
    assert {n: i.code for n, i in rejected.items()} == {
        6: "id_scientific", 11: "id_missing", 15: "amount_not_number"}
    assert rejected[6].params == {"field": "order_no", "value": "2.40915E+17",
                                  "column": "订单编号"}
    assert rejected[6].reason == (
        "order no. in scientific notation (damaged by Excel): 2.40915E+17 (订单编号); "
        "the digits are lost, export the file again with ids as text")
    assert rejected[11].params == {"field": "case_no", "column": "售后编号"}
    assert rejected[11].reason == "missing case no. (售后编号)"
    assert rejected[15].params == {"value": "待定", "column": "退款金额"}
    for item in rejected.values():
        assert english(item.code, item.params) == item.reason


@pytest.mark.parametrize("raw, what, code, text", [
    (9589409624068955, "order_no", "id_excel_number",
     "order no. 9589409624068955 was stored as a number by Excel, which keeps only 15 digits "
     "(damaged by Excel) (订单号); export the ids as text"),
    ("12 34", "order_no", "id_invalid", "order no. '12 34' is not a platform id (订单号)"),
    (12.5, "case_no", "id_decimal", "case no. 12.5 is a decimal number, not an id (订单号)"),
    (True, "order_no", "id_not_id", "order no. True is not an id"),
])
def test_id_errors_keep_their_english(raw: object, what: str, code: str, text: str) -> None:
    with pytest.raises(RowError) as err:
        q.platform_id(raw, what, "订单号")
    assert (err.value.code, str(err.value)) == (code, text)


def test_value_errors_keep_their_english() -> None:
    cases = [
        (lambda: q.amount_fen("12.345", "退款金额"), "amount_decimals",
         "amount 12.345 has more than two decimals (退款金额)"),
        (lambda: q.china_time("2024-13-01 00:00:00", "申请时间"), "date_invalid",
         "申请时间 '2024-13-01 00:00:00' is not a valid date (month must be in 1..12)"),
        (lambda: q.china_time("yesterday", "申请时间"), "date_unreadable",
         "申请时间 'yesterday' is not a date"),
        (lambda: q.china_time(3.5, "申请时间"), "date_unreadable", "申请时间 3.5 is not a date"),
        (lambda: q.china_time(None, "申请时间", required=True), "time_missing", "missing 申请时间"),
        (lambda: q.flag("也许", "极速"), "flag_invalid", "极速 '也许' is neither 是 nor 否"),
        (lambda: q.quantity("1.5", "数量"), "quantity_invalid", "数量 '1.5' is not a whole number"),
    ]
    for call, code, text in cases:
        with pytest.raises(RowError) as err:
            call()
        assert (err.value.code, str(err.value)) == (code, text)


def test_file_errors_have_codes(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as err, \
            ExportReader(FIXTURES / "unreadable.xlsx", builtin_profiles()):
        pass
    assert err.value.code == "not_xlsx" and err.value.params == {"file": "unreadable.xlsx"}
    assert str(err.value).startswith("unreadable.xlsx is not an Excel workbook (.xlsx)")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError) as err, ExportReader(empty, builtin_profiles()):
        pass
    assert (err.value.code, str(err.value)) == ("file_empty", "empty.csv is empty")
    with pytest.raises(UnknownHeaders) as unknown, \
            ExportReader(FIXTURES / "unknown_headers.csv", builtin_profiles()):
        pass
    assert unknown.value.code == "unknown_headers"
    assert str(unknown.value) == english("unknown_headers", unknown.value.params)
    assert "the columns match no import profile; headers found: " in str(unknown.value)


def test_every_code_is_raised_somewhere_and_formats() -> None:
    sources = "\n".join(p.read_text("utf-8") for folder in ("app/io", "app/services")
                        for p in (REPO / folder).glob("*.py") if p.name != "errors.py")
    sources += (REPO / "app/io/errors.py").read_text("utf-8").split("class UnknownHeaders")[1]
    for code, template in MESSAGES.items():
        assert f'"{code}"' in sources, code
        names = set(re.findall(r"{(\w+)", template)) - {"where"}
        params = {n: ("a", "b") if n in ("headers", "fields") else "x" for n in names}
        assert "{" not in english(code, params), code


def test_errors_survive_pickle_and_copy() -> None:
    for exc in (RowError("id_missing", field="order_no", column="订单号"),
                UnknownHeaders("a.csv", ["x", ""], "p", ("case_no",))):
        for again in (pickle.loads(pickle.dumps(exc)), copy.copy(exc)):
            assert type(again) is type(exc)
            assert (str(again), again.code, again.params) == (str(exc), exc.code, exc.params)
    assert pickle.loads(pickle.dumps(UnknownHeaders("a.csv", ["x"]))).headers == ["x"]
