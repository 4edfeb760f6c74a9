"""The per-value normalisers: ids, amounts, times, flags, as real exports carry them."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.limits import MAX_AMOUNT_FEN
from app.io import quirks as q
from app.io.errors import RowError


@pytest.mark.parametrize("raw, expected", [
    ("\t2255564822835608026", "2255564822835608026"),
    ("'2255564822835608026", "2255564822835608026"),
    (' ="6208006999947473516" ', "6208006999947473516"),
    ("２２５５５６４８", "22555648"),  # full-width digits
    ("240922-148647442603137", "240922-148647442603137"),
    (773000000000000, "773000000000000"),  # a 15-digit number Excel kept exactly
    (1234.0, "1234"),
])
def test_ids_are_cleaned(raw: object, expected: str) -> None:
    assert q.platform_id(raw, "order_no", "订单号") == expected


@pytest.mark.parametrize("raw, words", [
    ("7.73E+14", "scientific notation"),
    ("2.40915E+17", "scientific notation"),
    ("7.73e14", "scientific notation"),
    (9589409624068955, "damaged by Excel"),  # 16 digits stored as a number
    ("", "missing order no. (订单号)"),
    (None, "missing order no. (订单号)"),
    ("12 34", "not a platform id"),
])
def test_damaged_ids_are_rejected_with_a_reason(raw: object, words: str) -> None:
    with pytest.raises(RowError, match=words.replace("(", r"\(").replace(")", r"\)")):
        q.platform_id(raw, "order_no", "订单号")


@pytest.mark.parametrize("raw, fen", [
    ("¥1,299.00", 129900), ("￥1,299.00", 129900), ("1299", 129900), ("-12.50", -1250),
    ("１２９９．００", 129900), ("￥２,９９０.００", 299000), ("", 0), (None, 0), (19.9, 1990),
    (1181.8, 118180), (7, 700), (" 0.5 ", 50), ("RMB 12", 1200),
])
def test_amounts(raw: object, fen: int) -> None:
    assert q.amount_fen(raw, "退款金额") == fen


@pytest.mark.parametrize("raw", ["待定", "12.345", "1,29", "¥", "abc"])
def test_bad_amounts_say_why(raw: str) -> None:
    with pytest.raises(RowError, match="退款金额"):
        q.amount_fen(raw, "退款金额")


def test_amount_text_in_reason_matches_the_fixture_wording() -> None:
    with pytest.raises(RowError, match="amount 待定 is not a number"):
        q.amount_fen("待定", "退款金额")


@pytest.mark.parametrize("raw, utc", [
    ("2024-09-15 22:10:14", datetime(2024, 9, 15, 14, 10, 14)),
    ("2024/9/15 22:10", datetime(2024, 9, 15, 14, 10)),
    ("2024/9/5 8:07", datetime(2024, 9, 5, 0, 7)),
    ("２０２４－０９－１５　２２：１０：１４", datetime(2024, 9, 15, 14, 10, 14)),
    ("2024年9月15日 22:10", datetime(2024, 9, 15, 14, 10)),
    ("2024-09-15", datetime(2024, 9, 14, 16, 0)),
    ("45550.92361111", datetime(2024, 9, 15, 14, 10)),  # Excel serial, China time
    (45550.92361111, datetime(2024, 9, 15, 14, 10)),
    (datetime(2024, 9, 15, 22, 10, 14), datetime(2024, 9, 15, 14, 10, 14)),
    ("", None), (None, None),
])
def test_china_times_become_naive_utc(raw: object, utc: datetime | None) -> None:
    assert q.china_time(raw, "申请时间") == utc


@pytest.mark.parametrize("raw", ["2024-13-01 00:00:00", "yesterday", "12345", 3.5])
def test_bad_times_are_rejected(raw: object) -> None:
    with pytest.raises(RowError, match="申请时间"):
        q.china_time(raw, "申请时间")


def test_flags_and_summary_rows() -> None:
    assert q.flag("是", "极速") is True
    assert q.flag("否", "极速") is False
    assert q.flag("", "极速") is False
    with pytest.raises(RowError):
        q.flag("也许", "极速")
    assert q.is_summary(["合计", "", "", "1181.80"])
    assert q.is_summary([None, " 总计：", 3])
    assert not q.is_summary(["快手好物小铺", "合计"])
    assert q.is_blank(["", None, "  "])


def test_headers_compare_full_and_half_width_alike() -> None:
    assert q.header_key("退商品金额（元）") == q.header_key("退商品金额(元)")
    assert q.header_key(" SKU ") == q.header_key("sku")

@pytest.mark.parametrize("value", [
    "99999999999999999999", 99999999999999999999, "100000000.01", "-100000000.01", 1e20,
    "¥1,000,000,000.00"])
def test_an_amount_beyond_the_cap_is_rejected_naming_the_column(value: object) -> None:
    with pytest.raises(RowError) as err:
        q.amount_fen(value, "退款金额")
    assert err.value.code == "amount_too_large"
    assert "退款金额" in str(err.value) and "100000000.00" in str(err.value)


@pytest.mark.parametrize("value", ["99999999999999999999", 99999999999999999999, 2**31, 1e20])
def test_a_quantity_beyond_the_column_is_rejected(value: object) -> None:
    with pytest.raises(RowError) as err:
        q.quantity(value, "商品数量")
    assert err.value.code == "quantity_too_large" and "商品数量" in str(err.value)
    assert q.quantity(2**31 - 1, "商品数量") == 2**31 - 1


FULL = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@given(st.integers(min_value=-MAX_AMOUNT_FEN, max_value=MAX_AMOUNT_FEN),
       st.sampled_from(["", "¥", "￥"]), st.booleans(), st.booleans())
def test_any_amount_in_any_spelling_reads_back(fen: int, sign: str, commas: bool,
                                               wide: bool) -> None:
    whole, cents = divmod(abs(fen), 100)
    body = f"{whole:,}" if commas else str(whole)
    text = f"{'-' if fen < 0 else ''}{sign}{body}.{cents:02d}"
    if wide:
        text = text.translate(FULL)
    assert q.amount_fen(text, "金额") == fen


@given(st.text(alphabet="0123456789", min_size=1, max_size=30), st.sampled_from(["", "\t", "'", " "]))
def test_any_digit_id_survives_its_excel_guard(digits: str, prefix: str) -> None:
    assert q.platform_id(prefix + digits, "order_no") == digits
    assert q.platform_id(digits.translate(FULL), "order_no") == digits
