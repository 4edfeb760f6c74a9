"""Finding cases by what an agent types: case no., order no., tracking no., buyer
nickname, product name or note text, in Chinese or English.

The searchable text of each case lives in `case_search` (every engine). On SQLite
two FTS5 indexes sit over it: a trigram index for terms of 3+ characters, and an
index of CJK bigrams (plus the last character of each CJK run) for 1–2 character
Chinese terms such as 破损 or 漏发, which a trigram index cannot find. Other short
terms (two Latin letters or digits) fall back to a LIKE over the same text: slower,
never wrong. On other engines every term is a LIKE over the same text (PostgreSQL
serves it from a pg_trgm index).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    delete,
    false,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import TextualSelect
from sqlalchemy.sql.visitors import InternalTraversal

from app.domain.search_text import (
    SearchDocument,
    cjk_grams,
    is_short_cjk,
    search_document,
    search_terms,
)
from app.store.models import Buyer, Case, CaseSearch, Order, OrderItem, Shipment

__all__ = ["cjk_grams", "is_short_cjk", "reindex", "reindex_orders", "search_condition"]

CHUNK = 20000


def _texts_query(case_ids: Sequence[int] | None) -> Select[*tuple[Any, ...]]:
    stmt = (
        select(Case.id, Case.case_no, Case.note, Case.reason_text, Order.platform_order_no,
               Buyer.nickname, Order.id)
        .outerjoin(Order, Order.id == Case.order_id)
        .outerjoin(Buyer, Buyer.id == Order.buyer_id)
        .order_by(Case.id)
    )
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(case_ids))
    return stmt


def _build_rows(conn: Connection, case_ids: Sequence[int] | None) -> list[dict[str, object]]:
    rows = conn.execute(_texts_query(case_ids)).all()
    order_ids = sorted({r[6] for r in rows if r[6] is not None})
    products: dict[int, list[str]] = {}
    tracking: dict[int, list[str]] = {}
    for start in range(0, len(order_ids), 900):
        part = order_ids[start:start + 900]
        for oid, name, spec in conn.execute(
            select(OrderItem.order_id, OrderItem.product_name, OrderItem.sku_spec)
            .where(OrderItem.order_id.in_(part))
        ):
            products.setdefault(oid, []).extend(x for x in (name, spec) if x)
        for oid, tno in conn.execute(
            select(Shipment.order_id, Shipment.tracking_no).where(Shipment.order_id.in_(part))
        ):
            if tno:
                tracking.setdefault(oid, []).append(tno)
    out = []
    for case_id, case_no, note, reason_text, order_no, nickname, order_id in rows:
        doc = search_document(case_no, order_no, nickname, products.get(order_id, ()),
                              tracking.get(order_id, ()), reason_text, note)
        out.append({"case_id": case_id, "body": doc.body, "grams": doc.grams})
    return out


def insert_documents(conn: Connection, docs: Iterable[tuple[int, SearchDocument]]) -> None:
    """Index new cases whose text the caller has at hand (bulk loads): the same
    document `reindex` would build from the stored rows."""
    rows = [{"case_id": case_id, "body": d.body, "grams": d.grams} for case_id, d in docs]
    for start in range(0, len(rows), CHUNK):
        conn.execute(insert(CaseSearch), rows[start:start + CHUNK])


def reindex(conn: Connection, case_ids: Iterable[int]) -> None:
    """Rebuild the search text of these cases; call after changing any text they show."""
    ids = sorted(set(case_ids))
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        conn.execute(delete(CaseSearch).where(CaseSearch.case_id.in_(part)))
        rows = _build_rows(conn, part)
        if rows:
            conn.execute(insert(CaseSearch), rows)


def reindex_orders(conn: Connection, order_ids: Iterable[int]) -> None:
    """After an order, its items, shipments or buyer changed: its cases' text changed."""
    ids = sorted(set(order_ids))
    case_ids: list[int] = []
    for start in range(0, len(ids), 900):
        case_ids.extend(conn.execute(
            select(Case.id).where(Case.order_id.in_(ids[start:start + 900]))
        ).scalars())
    reindex(conn, case_ids)


def _escape_like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class TermMatch(ColumnElement[bool]):
    """"The case's text contains this term", compiled per engine (see the module doc)."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [("term", InternalTraversal.dp_string)]  # noqa: RUF012 - SQLAlchemy protocol

    def __init__(self, term: str) -> None:
        self.term = term


def term_ids(term: str, dialect: str) -> Select[int] | TextualSelect:
    """A SELECT of the ids of the cases whose text contains `term`."""
    if "\x00" in term:
        # No stored text holds a NUL (pasted, say), and SQLite's LIKE and FTS5 read a
        # string only up to one, so such a term would match every case or fail to parse.
        return select(CaseSearch.case_id).where(false())
    if dialect == "sqlite" and len(term) >= 3:
        return _fts_ids("case_fts", _fts_phrase(term))
    if dialect == "sqlite" and is_short_cjk(term):
        # One character: any bigram starting with it, or it ending a CJK run.
        return _fts_ids("case_grams", _fts_phrase(term) + ("" if len(term) == 2 else " *"))
    pattern = _escape_like(term)
    body = (CaseSearch.body.like(pattern, escape="\\") if dialect == "sqlite"
            else CaseSearch.body.ilike(pattern, escape="\\"))
    return select(CaseSearch.case_id).where(body)


def _portable(term: str) -> ColumnElement[bool]:
    return Case.id.in_(term_ids(term, "default"))


def _sqlite(term: str) -> ColumnElement[bool]:
    return Case.id.in_(term_ids(term, "sqlite"))


def _fts_ids(table: str, query: str) -> TextualSelect:
    return text(f"SELECT rowid AS case_id FROM {table} WHERE {table} MATCH :q").bindparams(
        bindparam("q", query, unique=True)).columns(column("case_id", Integer))


@compiles(TermMatch)
def _compile_portable(element: TermMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(_portable(element.term), **kw)


@compiles(TermMatch, "sqlite")
def _compile_sqlite(element: TermMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(_sqlite(element.term), **kw)


def search_condition(query: str) -> ColumnElement[bool] | None:
    """All whitespace-separated terms must be found (AND); None for an empty query."""
    terms = search_terms(query)
    if not terms:
        return None
    return and_(*(TermMatch(t) for t in terms))


def matching_ids(session: Session, query: str) -> list[int]:
    """Ids of all cases matching every term, ascending, straight from the indexes."""
    terms = search_terms(query)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    found: set[int] | None = None
    for term in terms:
        ids = set(session.execute(term_ids(term, dialect)).scalars())
        found = ids if found is None else found & ids
        if not found:
            return []
    return sorted(found or ())


def count_and_first_page(session: Session, query: str, page: int = 100) -> tuple[int, list[int]]:
    """What the search box shows first: how many cases match, and the first page of ids."""
    terms = search_terms(query)
    if not terms:
        return 0, []
    dialect = session.get_bind().dialect.name
    if len(terms) == 1:
        sub = term_ids(terms[0], dialect).subquery()
        count = session.execute(select(func.count()).select_from(sub)).scalar_one()
        ids = session.execute(select(sub.c.case_id).order_by(sub.c.case_id).limit(page)).scalars()
        return int(count), list(ids)
    cond = search_condition(query)
    assert cond is not None  # two or more terms
    count = session.execute(select(func.count()).select_from(Case).where(cond)).scalar_one()
    ids = session.execute(select(Case.id).where(cond).order_by(Case.id).limit(page)).scalars()
    return int(count), list(ids)
