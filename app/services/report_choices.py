"""The choices of the reports' filters (shops, platforms, products, SKUs, suppliers),
read in one go for the Reports view's filter bar."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.store import Store
from app.store import report_choices as q


@dataclass(frozen=True)
class FilterChoices:
    shops: tuple[tuple[str, str], ...]  # (shop name, platform)
    platforms: tuple[str, ...]
    products: tuple[str, ...]
    skus: tuple[str, ...]
    suppliers: tuple[str, ...]


def filter_choices(store: Store) -> FilterChoices:
    """Each list sorted here, not by the database: PostgreSQL's collation orders names
    otherwise than SQLite, and the combos should read the same on both."""
    with store.unit_of_work() as uow:
        found = q.filter_choices(uow.session)
    shops = tuple(sorted((str(n), str(p)) for n, p in found["shops"]))
    return FilterChoices(shops=shops, platforms=tuple(sorted({p for _n, p in shops})),
                         products=_sorted(found["products"]), skus=_sorted(found["skus"]),
                         suppliers=_sorted(found["suppliers"]))


def _sorted(values: list[str]) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in values if v}))
