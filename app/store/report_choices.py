"""What the reports can be filtered by, as the store holds it: shops (with their
platform), product names, SKU codes and supplier names, each distinct and sorted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Product, Shop, Sku, Supplier

LIMIT = 5000  # a combo box with more is a search field: the rest are typed


def filter_choices(session: Session) -> dict[str, list[Any]]:
    shops = [(r[0], r[1]) for r in session.execute(
        select(Shop.name, Shop.platform).order_by(Shop.platform, Shop.name))]
    products = list(session.scalars(
        select(Product.name).distinct().order_by(Product.name).limit(LIMIT)))
    skus = list(session.scalars(select(Sku.code).distinct().order_by(Sku.code).limit(LIMIT)))
    suppliers = list(session.scalars(select(Supplier.name).order_by(Supplier.name)))
    return {"shops": shops, "products": products, "skus": skus, "suppliers": suppliers}
