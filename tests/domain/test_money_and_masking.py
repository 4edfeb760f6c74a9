import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidAmount
from app.domain.masking import mask_address, mask_name, mask_phone
from app.domain.money import fen_to_yuan, parse_yuan


@pytest.mark.parametrize(("text", "fen"), [
    ("¥1,299.00", 129900), ("￥1,299.00", 129900), ("1299", 129900), ("-12.50", -1250),
    ("12.5", 1250), ("１２.５０", 1250), (" 0.01 ", 1), ("1299元", 129900), ("-¥3.20", -320),
    (12, 1200),
])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("bad", ["待定", "", "1.234", "1,29,9", "12..5", "abc", "7.73E+14"])
def test_parse_yuan_rejects(bad):
    with pytest.raises(InvalidAmount):
        parse_yuan(bad)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_yuan_round_trip(fen):
    assert parse_yuan(fen_to_yuan(fen)) == fen


def test_fen_to_yuan_format():
    assert fen_to_yuan(1250) == "12.50"
    assert fen_to_yuan(-5) == "-0.05"
    assert fen_to_yuan(0) == "0.00"


def test_masking_hides_the_middle():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("178****8275") == "178****8275"  # already masked by the platform
    assert mask_name("张三丰") == "张**"
    assert mask_name("欧阳娜娜") == "欧**娜"
    assert mask_address("浙江省杭州市西湖区文三路1号") == "浙江省杭州市****"
    assert mask_phone(None) == "" and mask_address("") == ""


@pytest.mark.parametrize(("phone", "masked"), [
    ("1234567", "1*****7"), ("12345678", "12****78"), ("0571888899", "05******99"),
    ("123456", "******"), ("13812345678", "138****5678"), ("+8613812345678", "+86*******5678"),
])
def test_a_short_number_never_shows_every_digit(phone, masked):
    assert mask_phone(phone) == masked
    assert masked.count("*") >= min(4, len(phone))  # at least four digits always hidden
