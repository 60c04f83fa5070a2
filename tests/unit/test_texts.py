"""Stored texts (app/services/texts.py): the English a host writes, the template and values kept beside it, read
back from an event's JSON or a narrow column, translated where shown; rows stored before read as they are."""

from __future__ import annotations

import json

from app.services import locale_format
from app.services.load import reasons
from app.services.texts import Text, encoded, loaded, shown, stored

GARAGE = Text(reasons.CIRCUIT, name="Garage", limit=32.0)


def test_a_text_is_its_english_and_keeps_template_and_values() -> None:
    why = Text(reasons.EQUAL_SHARE, 2, circuit=GARAGE)
    assert why == "equal share of Garage (32 A) / 2 sessions"
    assert Text(reasons.EQUAL_SHARE, 1, circuit=GARAGE) == "equal share of Garage (32 A) / 1 session"
    assert why.stored() == {
        "text": "equal share of {circuit} / %n session(s)",
        "args": {"circuit": {"text": "{name} ({limit} A)", "args": {"name": "Garage", "limit": 32.0}}},
        "n": 2,
    }
    again = loaded(json.loads(json.dumps(stored(why))))  # as an event crosses the site bus
    assert again == why and isinstance(again, Text) and again.template == reasons.EQUAL_SHARE


def test_shown_translates_every_template_and_writes_numbers_in_the_locale() -> None:
    german = {
        reasons.PAUSED_WAITS: "pausiert: {circuit} ist voll — wartet auf freie {minimum} A",
        reasons.CIRCUIT: "{name} ({limit} A)",
    }
    why = Text(reasons.PAUSED_WAITS, circuit=Text(reasons.CIRCUIT, name="Hall B", limit=7.5), minimum=6.0)
    locale_format.use("de_CH")
    try:
        assert (
            shown(stored(why), lambda t, n: german.get(t, t))
            == "pausiert: Hall B (7.5 A) ist voll — wartet auf freie 6 A"
        )
        locale_format.use("fr_CH")
        assert shown(why, lambda t, n: t) == "paused: Hall B (7,5 A) is full — waits for a free 6 A"
    finally:
        locale_format.use(None)
    # a translation whose field is misspelt shows the English rather than failing
    assert shown(why, lambda t, n: "{circut} voll" if t == reasons.PAUSED_WAITS else t) == str(why)


def test_rows_stored_before_are_shown_as_they_are() -> None:
    assert shown("paused: 4 A left on Hall B (16 A), below the minimum of 6 A", lambda t, n: "X") == (
        "paused: 4 A left on Hall B (16 A), below the minimum of 6 A"
    )
    assert shown(None, lambda t, n: "X") == ""
    assert loaded('{"text": broken') == '{"text": broken'


def test_a_narrow_column_gets_names_for_templates_or_the_english() -> None:
    steps = [
        Text(reasons.AHEAD_STEP, limit=6.0, time="18:00"),
        Text(reasons.AHEAD_STEP, limit=0.0, time="20:00"),
    ]
    why = Text(reasons.AHEAD, reason=Text(reasons.WHAT_IS_FREE, circuit=GARAGE), steps=steps)
    assert why == "what is free on Garage (32 A); 6 A from 18:00, 0 A from 20:00 (time-of-day limit)"
    column = reasons.for_column(why)
    assert len(column) <= 200 and '"t":"AHEAD"' in column
    assert reasons.from_column(column) == why
    assert [type(s) for s in reasons.from_column(column).args["steps"]] == [Text, Text]
    too_long = Text(reasons.AHEAD, reason=why, steps=steps * 3)
    assert reasons.for_column(too_long) == str(too_long)[:200]  # English: still readable
    assert encoded("a plain note", 5) == "a pla"
