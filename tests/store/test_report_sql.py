"""The expressions the two engines spell differently, checked on SQLite here (and on
PostgreSQL in tests/pg/test_pg_reports.py): the Asia/Shanghai day of a UTC time at its
edges, and the handling-time buckets at theirs."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import DateTime, literal, select

from app.store.report_sql import EPOCH_ISO, bucket, bucket_hours, day_number

START = datetime(2026, 11, 10, 8, 0)
# seconds -> hours where its bucket begins
BUCKETS = {0: 0.0, 359: 0.0, 360: 0.1, 3599: 0.9, 86_399: 23.9, 86_400: 24.0,
           90_000: 25.0, 604_799: 167.0, 604_800: 168.0, 626_400: 174.0, 700_000: 192.0}
DAYS = {datetime(2026, 11, 10, 15, 59, 59): "2026-11-10",
        datetime(2026, 11, 10, 16, 0, 0): "2026-11-11",
        datetime(2000, 1, 2, 16, 0, 0): EPOCH_ISO}


def _at(t: datetime):  # type: ignore[no-untyped-def]
    return literal(t, DateTime())


def check(session) -> None:  # type: ignore[no-untyped-def]
    for seconds, hours in BUCKETS.items():
        got = session.scalar(select(bucket(_at(START + timedelta(seconds=seconds)), _at(START))))
        assert bucket_hours(got) == pytest.approx(hours), seconds
    epoch = datetime.fromisoformat(EPOCH_ISO).date()
    for at, day in DAYS.items():
        n = session.scalar(select(day_number(_at(at))))
        assert (epoch + timedelta(days=n)).isoformat() == day, at


def test_days_and_buckets_on_sqlite(store) -> None:  # type: ignore[no-untyped-def]
    with store.unit_of_work() as uow:
        check(uow.session)
