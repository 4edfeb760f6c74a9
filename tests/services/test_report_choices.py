"""The reports' filter choices come from the store: each distinct and sorted."""

from __future__ import annotations

from app.services.report_choices import filter_choices


def test_the_demo_store_offers_its_shops_products_skus_and_suppliers(demo_store) -> None:  # type: ignore[no-untyped-def]
    c = filter_choices(demo_store)
    assert c.shops and all(name and platform for name, platform in c.shops)
    assert set(c.platforms) == {p for _n, p in c.shops} and len(set(c.platforms)) == len(c.platforms)
    for values in (c.products, c.skus, c.suppliers):
        assert values and list(values) == sorted(set(values))


def test_an_empty_store_offers_nothing(store) -> None:  # type: ignore[no-untyped-def]
    c = filter_choices(store)
    assert (c.shops, c.products, c.skus, c.suppliers) == ((), (), (), ())
