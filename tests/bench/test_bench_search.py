"""The search benchmark runs and reports ours, the LIKE baseline and the ratio."""

from __future__ import annotations


def test_search_bench_reports_ratios(demo_store):
    from bench.search import measure

    result = measure(demo_store)
    for key in ("search_long", "search_short"):
        assert set(result[key]) >= {"ours", "baseline", "ratio"}
        assert result[key]["ours"] > 0 and result[key]["baseline"] > 0
