"""Search speed against a LIKE scan over the same text, measured in the same run."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from app.services.store import Store
from app.store import engine as engines
from app.store.models import Case, CaseSearch
from app.store.search import matching_ids

SHORT_TERMS = ("破损", "漏发", "退货", "质量", "发错", "快递", "补发", "拦截", "地址", "面霜",
               "耳机", "苹果", "背包", "催促", "故障", "签收", "赠品", "尺码", "包装", "视频")
LONG_WORDS = ("保温杯", "外包装", "质量问题", "无理由", "蓝牙耳机", "铁观音")
REPEATS = 3


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
    """Realistic 3+ character terms: case and order numbers, tracking numbers, words."""
    rng = random.Random(seed)
    with store.unit_of_work() as uow:
        last = uow.session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) or 0
        bodies = [uow.session.scalar(select(CaseSearch.body).where(CaseSearch.case_id == rng.randint(1, last)))
                  for _ in range(n)] if last else []
    terms: list[str] = list(LONG_WORDS)
    for body in bodies:
        if len(terms) >= n:
            break
        if not body:
            continue
        parts = [p.strip() for p in body.split("|") if len(p.strip()) >= 6]
        if parts:
            part = rng.choice(parts[:4])  # case no., order no., nickname, product
            terms.append(part[-10:] if part[-10:].isascii() else part)
    return terms[:n]


def measure(store: Store) -> dict[str, dict[str, Any]]:
    path = engines.sqlite_path(store.location.db_url)
    if path is None:
        return {}
    raw = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        def like_scan(term: str) -> None:
            raw.execute("SELECT case_id FROM case_search WHERE body LIKE ?", (f"%{term}%",)).fetchall()

        result = {}
        with store.unit_of_work() as uow:
            for key, terms in (("search_long", long_terms(store)), ("search_short", list(SHORT_TERMS))):
                ours = [_best_of(lambda t=t: matching_ids(uow.session, t)) for t in terms]
                base = [_best_of(lambda t=t: like_scan(t)) for t in terms]
                o, b = _p95(ours), _p95(base)
                result[key] = {"ours": o, "baseline": b, "ratio": o / b if b else None,
                               "unit": "s (p95)", "terms": len(terms)}
        return result
    finally:
        raw.close()
