"""Fuzzed frames (hypothesis) against a real ``chargedesk serve``: the right CallError each time, no crash,
a well-behaved charger answered throughout."""

from __future__ import annotations

from pathlib import Path

from bench.faults import fuzz


def test_generator_covers_every_category() -> None:
    cases = fuzz.generate(300, seed_value=1)
    assert len(cases) == 300
    assert {c.category for c in cases} == set(fuzz.CATEGORIES)
    assert all(len(c.frame) > fuzz.MAX_FRAME for c in cases if c.expect == fuzz.CLOSED_1009)
    assert all(len(c.frame) <= fuzz.MAX_FRAME for c in cases if c.expect != fuzz.CLOSED_1009)


def test_fuzzed_frames_get_the_right_call_error(tmp_path: Path) -> None:
    result = fuzz.run(300, fuzzers=4, workdir=tmp_path)
    print(result.text())
    assert result.failures == []
    figures = dict(result.figures)
    assert figures["frames tried"] == figures["answered as OCPP says"] == "300"
    assert figures["serve crashed"] == "no"
