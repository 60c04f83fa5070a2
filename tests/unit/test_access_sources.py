"""What a moment's rule is made of (a slot's source: "Limited Mon–Fri 07:00–18:00", "Public (default)") is made
once in the rule engine's cache, which the host shares with every reader: it stays English there and is shown in
each reader's language (before, a German hosting console wrote "Öffentlich (default)" into every reason)."""

from __future__ import annotations

import datetime as dt

from app.models import AccessMode
from app.services import i18n
from app.services.rules.access import shown_reason
from app.services.rules.plan import Plan, Window, mode_at

PLAN = Plan(AccessMode.PUBLIC, None, (Window(0b0011111, 7 * 60, 18 * 60, AccessMode.LIMITED),))
MONDAY_9 = dt.datetime(2026, 12, 7, 9, 0)
MONDAY_20 = dt.datetime(2026, 12, 7, 20, 0)


def test_a_slots_source_is_english_where_it_is_made_even_in_a_german_console() -> None:
    i18n.install(i18n.catalogue_translator("de"))
    try:
        assert str(mode_at(PLAN, MONDAY_20).source) == "Public (default)"
        assert str(mode_at(PLAN, MONDAY_9).source) == "Limited Mon–Fri 07:00–18:00"
    finally:
        i18n.install(None)


def test_a_slots_source_is_shown_in_the_readers_language() -> None:
    default, window = mode_at(PLAN, MONDAY_20).source, mode_at(PLAN, MONDAY_9).source
    with i18n.language("de"):
        assert shown_reason(default) == "Öffentlich (Standard)"
        assert shown_reason(window) == "Eingeschränkt Mon–Fri 07:00–18:00"
    with i18n.language("fr"):
        assert shown_reason(default) == "Public (par défaut)"
        assert shown_reason(window) == "Restreint Mon–Fri 07:00–18:00"
    assert shown_reason(default) == "Public (default)"
