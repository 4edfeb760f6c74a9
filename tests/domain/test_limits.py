"""The domain's length limits are the database's declared ones, and they are enforced."""

from __future__ import annotations

import pytest
from sqlalchemy import BigInteger, Integer, String

from app.domain.limits import (
    FREE_TEXT_LIMIT,
    MAX_AMOUNT_FEN,
    MAX_INT32,
    TEXT_LIMITS,
    TooLong,
    check_length,
    limit_of,
)
from app.store.models import Base


def test_text_limits_are_the_models_string_lengths():
    declared = {f"{table.name}.{col.name}": col.type.length
                for table in Base.metadata.sorted_tables for col in table.columns
                if isinstance(col.type, String) and col.type.length is not None}
    assert declared == TEXT_LIMITS


def test_money_and_count_limits_fit_their_columns():
    kinds = {type(col.type) for table in Base.metadata.sorted_tables for col in table.columns
             if col.name.endswith("_fen")}
    assert kinds == {BigInteger}
    assert MAX_AMOUNT_FEN < 2**63 - 1
    assert MAX_INT32 == 2**31 - 1
    quantity = Base.metadata.tables["order_items"].c.quantity
    assert isinstance(quantity.type, Integer) and not isinstance(quantity.type, BigInteger)


def test_check_length_names_the_field_and_the_limit():
    assert check_length("buyers.nickname", "a" * 128) == "a" * 128
    assert check_length("buyers.nickname", None) is None
    with pytest.raises(TooLong) as err:
        check_length("buyers.nickname", "买" * 1_750_000)
    assert (err.value.field, err.value.limit, err.value.length) == (
        "buyers.nickname", 128, 1_750_000)
    assert limit_of("cases.note") == FREE_TEXT_LIMIT
