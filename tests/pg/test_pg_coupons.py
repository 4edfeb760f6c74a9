"""Coupons issued from two processes at once on PostgreSQL: the case's row lock, then
the shop's day ledger row lock, so both are recorded and the ledger adds up."""

from __future__ import annotations

from tests.concurrent_coupons import check, issue_at_once, open_cases


def test_two_processes_issue_coupons_at_once(pg_demo_store, pg_url) -> None:  # type: ignore[no-untyped-def]
    from app.services.coupons import coupons

    case_ids = open_cases(pg_demo_store)
    before = len(coupons(pg_demo_store))
    issue_at_once(("", pg_url), case_ids)
    check(pg_demo_store, case_ids, before)
