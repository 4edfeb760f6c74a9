"""Where demo data is written: reference data looked up or added, cases in chunks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, exists, func, insert, literal, select
from sqlalchemy.orm import Session

from app.store import bulk
from app.store import engine as engines
from app.store.case_bulk import NewCase, NewOrder, write_with_orders
from app.store.models import Case, CaseCost, Order, Product, Shop, Sku, Supplier, User
from app.store.report_queries import refunded_case


class DemoWriter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.connection()
        engines.bulk_cache(self.conn, on=True)

    def case_count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(Case)).scalar_one())

    def order_count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(Order)).scalar_one())

    def last_case_id(self) -> int:
        return int(self.conn.execute(select(func.coalesce(func.max(Case.id), 0))).scalar_one())

    def users(self, wanted: Sequence[tuple[str, str, str]], created_at: datetime,
              password_hash: str | None = None) -> dict[str, int]:
        """name -> id of each (name, display name, role), adding the missing ones (with
        `password_hash`, the same for all)."""
        have: dict[str, int] = {n: i for n, i in self.conn.execute(select(User.name, User.id))}
        new = [{"name": n, "display_name": d, "role": r, "active": True, "created_at": created_at,
                "password_hash": password_hash,
                "password_changed_at": created_at if password_hash else None,
                "failed_signins": 0}
               for n, d, r in wanted if n not in have]
        for row, new_id in zip(new, bulk.insert_returning_ids(self.conn, User, new), strict=True):
            have[str(row["name"])] = new_id
        self.added = {"users": len(new)}
        return have

    def shops(self, wanted: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
        have: dict[tuple[str, str], int] = {
            (p, n): i for i, p, n in self.conn.execute(select(Shop.id, Shop.platform, Shop.name))}
        new = [{"platform": p, "name": n} for p, n in wanted if (p, n) not in have]
        for row, new_id in zip(new, bulk.insert_returning_ids(self.conn, Shop, new), strict=True):
            have[(row["platform"], row["name"])] = new_id
        self.added["shops"] = len(new)
        return have

    def suppliers(self, wanted: Sequence[tuple[str, str]]) -> dict[str, int]:
        have: dict[str, int] = {n: i for i, n in self.conn.execute(select(Supplier.id, Supplier.name))}
        new = [{"name": n, "contact": c} for n, c in wanted if n not in have]
        for row, new_id in zip(new, bulk.insert_returning_ids(self.conn, Supplier, new), strict=True):
            have[row["name"]] = new_id
        self.added["suppliers"] = len(new)
        return have

    def skus_by_shop(self) -> dict[int, list[tuple[int, str, str, int]]]:
        """shop id -> (sku id, product name, spec, price) of what each shop sells already."""
        out: dict[int, list[tuple[int, str, str, int]]] = {}
        for shop_id, sku_id, pname, spec, price in self.conn.execute(
            select(Product.shop_id, Sku.id, Product.name, Sku.spec, Sku.price_fen)
            .join(Sku, Sku.product_id == Product.id).order_by(Sku.id)
        ):
            out.setdefault(shop_id, []).append((sku_id, pname, spec, price))
        return out

    def add_product(self, product: dict[str, Any], skus: Sequence[dict[str, Any]]) -> list[int]:
        """A product with its SKUs; the SKUs' ids."""
        product_id = bulk.insert_returning_ids(self.conn, Product, [product])[0]
        return bulk.insert_returning_ids(self.conn, Sku, [{**s, "product_id": product_id}
                                                          for s in skus])

    def write(self, orders: Sequence[NewOrder], cases: Sequence[NewCase]) -> None:
        """One chunk: the new orders, then every case (on new orders or old), indexed."""
        write_with_orders(self.conn, orders, cases)

    def refund_costs(self, shop_id: int, after_id: int, *, marketing: int, processing: int,
                     return_postage: int, at: datetime) -> None:
        """What the shop's refunded demo cases (ids above `after_id`: this run's, never a
        real case of the store) cost, as a refund decision records it (the amount, the
        order's marketing, the processing; a return's postage), for the cases that have
        no cost yet: one INSERT … SELECT however many there are."""
        postage = case((Case.kind == "return_refund", return_postage), else_=0)
        rows = (select(Case.id, Case.shop_id, Case.amount_fen, literal(marketing), postage,
                       literal(processing), literal(0), literal(0), literal(0), literal(at))
                .where(Case.shop_id == shop_id, Case.id > after_id, refunded_case(),
                       ~exists().where(CaseCost.case_id == Case.id)))
        self.conn.execute(insert(CaseCost).from_select(
            ["case_id", "shop_id", "refunded_fen", "marketing_fen", "logistics_fen",
             "processing_fen", "goods_loss_fen", "compensation_fen", "coupon_fen",
             "updated_at"], rows))

    def refresh_statistics(self) -> None:
        """The last step of a load: planner statistics, and the normal page cache again."""
        engines.refresh_planner_statistics(self.conn)
        engines.bulk_cache(self.conn, on=False)
