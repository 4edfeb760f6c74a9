"""The counts part of the bench, at a few hundred cases: its entry and sub-figures."""

from __future__ import annotations

import shutil

from bench.context import Context


def test_counts_bench_reports_full_count_and_refresh(demo_store, tmp_path):
    from bench.counts import measure

    data = demo_store.location.data_dir
    demo_store.close()
    ctx = Context(n=300, data_dir=data, tmp=tmp_path / "run", runs=1)
    ctx.tmp.mkdir()
    result = measure(ctx, {"counts"})
    counts = result["counts"]
    assert counts["same_as_raw"] is True  # our counts are the raw SQL's counts
    assert counts["views"] >= 11
    assert counts["ours"] > 0 and counts["baseline"] > 0 and counts["ratio"] > 0
    refresh = counts["refresh"]
    assert set(refresh["per_write"]) == {"status_change", "assign", "time_passing"}
    assert all("error" not in v for v in refresh["per_write"].values()), refresh["per_write"]
    assert refresh["ours_runs"]["runs"] == 3
    shutil.rmtree(ctx.tmp)
