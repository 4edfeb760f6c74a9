"""The reports' filter choices on PostgreSQL: the same lists, in the same order, as the
service gives on SQLite (sorted by the service, not by the server's collation)."""

from __future__ import annotations

from app.services.report_choices import filter_choices


def test_the_choices_read_the_same_on_postgresql(pg_demo_store) -> None:  # type: ignore[no-untyped-def]
    c = filter_choices(pg_demo_store)
    assert c.shops and c.products and c.skus and c.suppliers
    for values in (c.shops, c.platforms, c.products, c.skus, c.suppliers):
        assert list(values) == sorted(set(values))
