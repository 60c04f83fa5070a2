"""``chargedesk serve`` freezes what start-up built and collects the youngest generation less often after that."""

from __future__ import annotations

import gc

from app.services.central.system import SERVE_GC_THRESHOLDS, _freeze_start_up_objects


def test_serve_freezes_start_up_and_raises_the_young_generation_threshold() -> None:
    before = gc.get_threshold()
    try:
        _freeze_start_up_objects()
        assert gc.get_threshold() == SERVE_GC_THRESHOLDS
        assert SERVE_GC_THRESHOLDS[0] >= 50_000 > before[0]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
