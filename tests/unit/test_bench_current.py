"""bench/current.py: the current-figures table at the top of docs/benchmarks.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import current

HISTORY = "# Benchmarks\n\nintro\n\n<!-- new results go below this line, newest first -->\n\n## 2026-01-01 — old run\n"


def test_record_puts_the_table_first_and_keeps_the_history(tmp_path: Path) -> None:
    doc, store = tmp_path / "benchmarks.md", tmp_path / "current.json"
    doc.write_text(HISTORY, encoding="utf-8")
    current.record({"export_csv_100k": 1.5}, command="python -m bench.data_bench", path=store, doc=doc)
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\n" + current.BEGIN)
    assert text.index(current.END) < text.index("intro") < text.index("## 2026-01-01 — old run")
    row = next(line for line in text.splitlines() if line.startswith("| export 100,000 sessions to CSV"))
    assert "1.50 s" in row and "| yes |" in row and "`python -m bench.data_bench`" in row
    assert "| not measured |" in text  # the measures no run has recorded yet


def test_a_newer_value_replaces_the_old_one_and_misses_are_marked(tmp_path: Path) -> None:
    doc, store = tmp_path / "benchmarks.md", tmp_path / "current.json"
    doc.write_text(HISTORY, encoding="utf-8")
    current.record({"pg_sqlite_tx": 0.9}, command="a", path=store, doc=doc)
    current.record(
        {"pg_sqlite_tx": 0.5},
        command="b",
        detail={"pg_sqlite_tx": "1,000 vs 2,000 calls/s"},
        path=store,
        doc=doc,
    )
    text = doc.read_text(encoding="utf-8")
    assert text.count(current.BEGIN) == 1
    row = next(line for line in text.splitlines() if "PostgreSQL / serve on SQLite" in line)
    assert "0.50× (1,000 vs 2,000 calls/s)" in row and "**no**" in row and "`b`" in row
    assert current.load(store)["pg_sqlite_tx"]["command"] == "b"


def test_an_unknown_measure_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="unknown measures: nope"):
        current.record({"nope": 1.0}, path=tmp_path / "c.json", doc=tmp_path / "d.md")
