"""The searchable text of a case: the one definition every write path builds.

A case is found by case no., order no., buyer nickname, product names and specs,
tracking numbers, the platform's reason text and the agent's note. `body` holds
those texts; `grams` holds the CJK bigrams of the same text (plus the last
character of each CJK run), because most Chinese words are two characters and a
trigram index cannot find them. How each engine indexes the two is the store's
business (`app.store.search`); what goes into them is decided only here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_CJK_RUN = re.compile(f"[{_CJK_RANGES}]+")
_CJK_ONLY = re.compile(f"[{_CJK_RANGES}]{{1,2}}")
SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class SearchDocument:
    body: str
    grams: str


def cjk_grams(value: str) -> str:
    """'外包装破损' → '外包 包装 装破 破损 损': every CJK character starts a token."""
    tokens: dict[str, None] = {}
    for run in _CJK_RUN.findall(value):
        for i in range(len(run)):
            tokens[run[i:i + 2]] = None
    return " ".join(tokens)


def is_short_cjk(term: str) -> bool:
    """One or two CJK characters: the terms only the bigram index can answer."""
    return _CJK_ONLY.fullmatch(term) is not None


def search_terms(query: str) -> list[str]:
    """The terms of a search box's text; every one must be found (AND)."""
    return [t for t in query.split() if t]


def search_document(
    case_no: str, order_no: str | None, nickname: str | None,
    products: Iterable[str | None], tracking: Iterable[str | None],
    reason_text: str | None, note: str | None,
) -> SearchDocument:
    parts = [case_no, order_no, nickname, *products, *tracking, reason_text, note]
    body = SEPARATOR.join(p for p in parts if p)
    return SearchDocument(body, cjk_grams(body))
