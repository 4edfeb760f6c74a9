"""Coupons issued from two processes at once on SQLite (BEGIN IMMEDIATE with a busy
timeout): both are recorded and the ledger adds up."""

from __future__ import annotations

from tests.concurrent_coupons import check, issue_at_once, open_cases


def test_two_processes_issue_coupons_at_once(demo_store, data_dir) -> None:  # type: ignore[no-untyped-def]
    from app.services.coupons import coupons

    case_ids = open_cases(demo_store)
    before = len(coupons(demo_store))
    issue_at_once((str(data_dir), ""), case_ids)
    check(demo_store, case_ids, before)
