"""Search speed against a LIKE scan over the same text, measured in the same run.

The operation timed is what the search box shows first: the number of matching
cases and the first page of 100 of them, by id. The baseline does the same with a
LIKE scan of the same `case_search.body` text through raw sqlite3. The time to
fetch every matching id is reported too (`ours_all_ids`, `baseline_all_ids`).
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.services.store import Store
from app.store import engine as engines
from app.store.models import Buyer, Case, Order, OrderItem, Shipment
from app.store.search import count_and_first_page, matching_ids

SHORT_TERMS = ("破损", "漏发", "退货", "质量", "发错", "快递", "补发", "拦截", "地址", "面霜",
               "耳机", "苹果", "背包", "催促", "故障", "签收", "赠品", "尺码", "包装", "视频")
WORDS = ("保温杯", "外包装", "质量问题", "无理由", "蓝牙耳机", "铁观音")
REPEATS = 3
PAGE = 100


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _best_of(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def long_terms(store: Store, n: int = 20, seed: int = 3) -> list[str]:
    """What agents paste or type: words, case/order/tracking numbers, nicknames."""
    rng = random.Random(seed)
    terms: list[str] = list(WORDS)
    with store.unit_of_work() as uow:
        s = uow.session
        last = s.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) or 0
        attempts = 0
        while last and len(terms) < n and attempts < 10 * n:
            attempts += 1
            row = s.execute(
                select(Case.case_no, Order.platform_order_no, Buyer.nickname, Shipment.tracking_no,
                       OrderItem.product_name)
                .outerjoin(Order, Order.id == Case.order_id)
                .outerjoin(Buyer, Buyer.id == Order.buyer_id)
                .outerjoin(Shipment, Shipment.order_id == Order.id)
                .outerjoin(OrderItem, OrderItem.order_id == Order.id)
                .where(Case.id == rng.randint(1, last)).limit(1)
            ).first()
            if row is None:
                continue
            kind = len(terms) % 4
            value = row[kind] if kind < 3 else row[3]
            if value and len(value) >= 3:
                terms.append(value[-10:] if value.isascii() else value)
    return terms[:n]


def measure(store: Store) -> dict[str, dict[str, Any]]:
    path = engines.sqlite_path(store.location.db_url)
    if path is None:
        return {}
    raw = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        def like_first(term: str) -> None:
            pattern = f"%{term}%"
            raw.execute("SELECT count(*) FROM case_search WHERE body LIKE ?", (pattern,)).fetchone()
            raw.execute("SELECT case_id FROM case_search WHERE body LIKE ? ORDER BY case_id LIMIT ?",
                        (pattern, PAGE)).fetchall()

        def like_all(term: str) -> None:
            raw.execute("SELECT case_id FROM case_search WHERE body LIKE ?", (f"%{term}%",)).fetchall()

        result = {}
        with store.unit_of_work() as uow:
            s = uow.session
            for key, terms in (("search_long", long_terms(store)), ("search_short", list(SHORT_TERMS))):
                ours = _p95([_best_of(lambda t=t: count_and_first_page(s, t, PAGE)) for t in terms])
                base = _p95([_best_of(lambda t=t: like_first(t)) for t in terms])
                ours_all = _p95([_best_of(lambda t=t: matching_ids(s, t)) for t in terms])
                base_all = _p95([_best_of(lambda t=t: like_all(t)) for t in terms])
                result[key] = {
                    "ours": ours, "baseline": base, "ratio": ours / base if base else None,
                    "unit": "s, p95 of count + first 100 ids", "terms": len(terms),
                    "ours_all_ids": ours_all, "baseline_all_ids": base_all,
                }
        return result
    finally:
        raw.close()
