"""Generates the quick start's shipped statements: `python -m app.services.first_pages`.

For every view and sort the first page's statement is built exactly as the store
path builds it (`view_filter` → `inbox_queries.first_page_stmt` → `apply_filter`)
and compiled for SQLite with its values inlined, except the values that move
(`inbox_views.view_values`): those are built from sentinels, and each sentinel's
literal in the SQL becomes a `?` whose name is recorded in order. A test generates
the file again and requires it to be identical to the shipped one, so the shipped
SQL cannot drift from the query the store runs.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, literal
from sqlalchemy.dialects import sqlite

from app.services.inbox_views import SORT_KEYS, VIEW_KEYS, view_filter, view_values
from app.services.quick_start import RESOURCE, page_key, slots, sqlite_value
from app.store import inbox_queries as q
from app.store.schema import HEAD_REVISION

LIMIT = 100  # the case table's page (ui.case_model.CaseTableModel.PAGE)
SENTINEL_ME = 7_919_000_000_001
SENTINEL_NOW = datetime(1901, 2, 3, 4, 5, 6, 789012)
_DIALECT = sqlite.dialect()


def _literal(value: Any) -> str:
    type_ = DateTime() if isinstance(value, datetime) else Integer()
    return str(literal(value, type_).compile(dialect=_DIALECT,
                                             compile_kwargs={"literal_binds": True}))


def _pattern(value: Any) -> re.Pattern[str]:
    text = _literal(value)
    if isinstance(value, datetime):
        if text != f"'{sqlite_value(value)}'":  # the replay's parameters must be stored text
            raise AssertionError(f"SQLite renders {value!r} as {text}, not as quick_start does")
        return re.compile(re.escape(text))
    return re.compile(rf"(?<![\w.]){re.escape(text)}(?![\w.])")


def statement(view: str, sort: str, descending: bool, limit: int = LIMIT) -> dict[str, Any]:
    """One view's first page: SQL with `?` for its moving values, and their names in order."""
    values = view_values(view, me_id=SENTINEL_ME, now=SENTINEL_NOW)
    f = view_filter(view, me_id=SENTINEL_ME, now=SENTINEL_NOW)
    sql = str(q.first_page_stmt(f, sort, descending, limit).compile(
        dialect=_DIALECT, compile_kwargs={"literal_binds": True}))
    found: list[tuple[int, int, str]] = []
    for name, value in slots(values):
        hits = [(m.start(), m.end(), name) for m in _pattern(value).finditer(sql)]
        if not hits:
            raise AssertionError(f"{view}: the value of {name} is not in the SQL")
        found.extend(hits)
    found.sort()
    parts, params, at = [], [], 0
    for start, end, name in found:
        if start < at:
            raise AssertionError(f"{view}: two moving values overlap in the SQL")
        parts.append(sql[at:start])
        parts.append("?")
        params.append(name)
        at = end
    parts.append(sql[at:])
    needs = []
    if view_values(view, me_id=1, now=SENTINEL_NOW) != view_values(view, me_id=2, now=SENTINEL_NOW):
        needs.append("me")
    return {"sql": "".join(parts), "params": params, "needs": needs}


def generate() -> dict[str, Any]:
    pages = {page_key(view, sort, desc): statement(view, sort, desc)
             for view in VIEW_KEYS for sort in SORT_KEYS for desc in (False, True)}
    return {"generated_by": "python -m app.services.first_pages", "revision": HEAD_REVISION,
            "limit": LIMIT, "pages": pages}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    RESOURCE.parent.mkdir(parents=True, exist_ok=True)
    RESOURCE.write_text(render(generate()), "utf-8")
    sys.stdout.write(f"wrote {RESOURCE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
