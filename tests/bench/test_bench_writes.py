"""The writes part of the bench imports into and exports from a small store and
reports each figure next to its baseline."""

from __future__ import annotations


def test_writes_bench_reports_import_and_export(tmp_path, monkeypatch):
    from bench import writes
    from bench.context import Context
    from bench.store import bench_store

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("AFTERSALES_IMPORT_BENCH_ROWS", "200")
    ctx = Context(n=200, data_dir=bench_store(200), tmp=tmp_path / "run", runs=1)
    ctx.tmp.mkdir()
    result = writes.measure(ctx, {"import_at_N", "export", "write_wait", "ui_stall"})
    assert set(result) == {"import_at_N", "export", "write_wait", "ui_stall"}
    stall = result["ui_stall"]
    # The window's timer ran through the import and both exports, which wrote files.
    assert set(stall["phases"]) == {"import", "export_xlsx", "export_csv"}
    assert all(p["ticks"] > 0 for p in stall["phases"].values())
    assert stall["export_bytes"]["xlsx"] > 0 and stall["export_bytes"]["csv"] > 0
    assert stall["met"] == (stall["ours"] <= 0.1)
    wait = result["write_wait"]
    # Another process changed the case while the import ran, each change timed there.
    assert wait["changes_during_import"] >= 1 and wait["ours_runs"]["runs"] >= 1
    assert wait["target_on"] == "ours" and wait["met"] == (wait["ours"] <= 1.0)
    imp = result["import_at_N"]
    assert imp["unit"] == "rows/s" and imp["rows"] == 200
    assert imp["ours"] > 0 and imp["baseline"] > 0 and imp["ratio"] > 0
    assert set(result["export"]["per_format"]) == {"xlsx", "csv"}
    for e in result["export"]["per_format"].values():
        assert e["cases"] == 200 and e["ours"] > 0 and e["baseline"] > 0
