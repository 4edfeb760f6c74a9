"""The import benchmark runs and reports the figures the bench command prints.

No timing assertions: the numbers vary by machine; the bench command compares them.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from app.io.parse import AftersalesRow, ExportReader
from app.io.profiles import builtin_profiles
from bench import imports as import_bench


def test_measure_reports_ours_baseline_and_ratio(tmp_path: Path) -> None:
    result = import_bench.measure(tmp_path, rows=1500)
    assert {"ours", "baseline", "ratio", "cases_only_baseline", "cases_only_ratio"} <= set(result)
    assert result["rows"] == 1500
    assert result["ours"] > 0 and result["baseline"] > 0
    assert abs(result["ratio"] - result["ours"] / result["baseline"]) < 0.01
    # The baseline store holds exactly what the import stored.
    import sqlite3

    for name in ("ours/aftersales.db", "baseline_store/aftersales.db"):
        conn = sqlite3.connect(tmp_path / name)
        try:
            assert conn.execute("SELECT count(*) FROM cases").fetchone() == (1500,)
            assert conn.execute("SELECT count(*) FROM case_search").fetchone() == (1500,)
        finally:
            conn.close()


def test_the_generated_export_is_realistic(tmp_path: Path) -> None:
    path = import_bench.write_export(tmp_path / "x.csv", 50)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b",\t7" in raw and b"-5.00" in raw
    with ExportReader(path, builtin_profiles()) as reader:
        items = list(reader.items())
    assert len(items) == 50 and all(isinstance(i, AftersalesRow) for i in items)


def test_reading_streams_with_flat_memory(tmp_path: Path) -> None:
    """Parsing never holds the file: four times the rows, about the same peak."""
    peaks = []
    for n in (2500, 10_000):
        path = import_bench.write_export(tmp_path / f"big{n}.csv", n)
        tracemalloc.start()
        try:
            count = 0
            with ExportReader(path, builtin_profiles()) as reader:
                for _item in reader.items():
                    count += 1
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert count == n
        if n == 10_000:
            assert peaks[-1] < path.stat().st_size / 2
    assert peaks[1] < peaks[0] * 1.5, peaks


def test_importing_keeps_memory_flat_in_the_file_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services import imports
    from app.services.store import open_store

    monkeypatch.setattr(imports, "CHUNK_ROWS", 250)
    peaks = []
    for n in (1000, 4000):
        path = import_bench.write_export(tmp_path / f"x{n}.csv", n)
        store = open_store(tmp_path / f"store{n}")
        try:
            imports.preview_file(store, path)  # warm caches outside the measurement
            tracemalloc.start()
            try:
                assert imports.import_file(store, path, "t").inserted == n
                peaks.append(tracemalloc.get_traced_memory()[1])
            finally:
                tracemalloc.stop()
        finally:
            store.close()
    assert peaks[1] < peaks[0] * 1.5, peaks  # four times the rows, about the same peak
