import pytest
from sqlalchemy import select, update

from app.domain.filters import CaseFilter
from app.services.cases import list_cases
from app.store.models import Case
from app.store.search import cjk_grams, matching_ids, reindex


def ids(store, q):
    with store.unit_of_work() as uow:
        return set(matching_ids(uow.session, q))


def brute(store, term):
    """The truth: a plain substring test in Python over the same text."""
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT case_id, body FROM case_search").all()
    return {cid for cid, body in rows if term.lower() in body.lower()}


def test_grams_cover_every_character():
    assert cjk_grams("外包装破损 ok 漏发") == "外包 包装 装破 破损 损 漏发 发"


@pytest.mark.parametrize("term", ["破损", "漏发", "损", "包", "快递", "保温杯", "质量问题", "iphone",
                                  "Pro", "SF", "L码", "7300000000000015838"])
def test_search_finds_exactly_the_cases_containing_the_term(demo_store, term):
    expected = brute(demo_store, term)
    assert ids(demo_store, term) == expected


def test_two_character_chinese_terms_are_found(demo_store):
    assert ids(demo_store, "破损")  # the demo notes mention damaged parcels


def test_terms_are_anded(demo_store):
    both = ids(demo_store, "破损 快递")
    assert both == brute(demo_store, "破损") & brute(demo_store, "快递")


def test_search_through_the_case_filter(demo_store):
    rows = list_cases(demo_store, CaseFilter(search="破损", statuses=("resolved",)), limit=1000)
    assert rows and all(r.status == "resolved" for r in rows)
    assert {r.id for r in rows} <= brute(demo_store, "破损")


def test_quotes_and_operators_are_plain_text(demo_store):
    for q in ['"', 'a"b"c', "NOT OR", "*", "破*", "(", "%_%"]:
        assert ids(demo_store, q) == set.intersection(*(brute(demo_store, t) for t in q.split()))


def test_reindex_follows_a_changed_note(demo_store):
    with demo_store.unit_of_work().for_writing() as uow:
        cid = uow.session.scalar(select(Case.id).limit(1))
        uow.session.execute(update(Case).where(Case.id == cid).values(note="买家要求开发票抬头"))
        reindex(uow.session.connection(), [cid])
        uow.commit()
    assert ids(demo_store, "发票") == {cid}
    assert ids(demo_store, "发票抬头") == {cid}


@pytest.mark.parametrize("query", ["破损", "保温杯", "SF", "破损 快递", "没有这个词"])
def test_count_and_first_page_agree_with_the_truth(demo_store, query):
    from app.store.search import count_and_first_page

    truth = set.intersection(*(brute(demo_store, t) for t in query.split()))
    with demo_store.unit_of_work() as uow:
        count, page = count_and_first_page(uow.session, query, page=10)
    assert count == len(truth)
    assert page == sorted(truth)[:10]


def test_a_search_holding_a_nul_matches_nothing_on_every_path(demo_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Pasted text can hold a NUL; SQLite would read the term only up to it."""
    from app.domain.filters import CaseFilter
    from app.services.cases import list_cases
    from app.services.exports import export_cases

    for query in ("\x00", "破\x00损", "7300\x00"):
        assert list_cases(demo_store, CaseFilter(search=query)) == []
        with demo_store.unit_of_work() as uow:
            assert matching_ids(uow.session, query) == []
        out = tmp_path / f"nul{len(query)}.csv"
        assert export_cases(demo_store, CaseFilter(search=query), out).rows == 0
