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
    with store.unit_of_work() as uow:
        found = q.filter_choices(uow.session)
    shops = tuple((str(n), str(p)) for n, p in found["shops"])
    return FilterChoices(shops=shops, platforms=tuple(dict.fromkeys(p for _n, p in shops)),
                         products=tuple(found["products"]), skus=tuple(found["skus"]),
                         suppliers=tuple(found["suppliers"]))
