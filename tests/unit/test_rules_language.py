"""The rules' problem texts in the operator's language (issue 15): circuits, typed days and times, weekly windows,
idTags and e-mail addresses, read from the committed catalogues as a console in German or French shows them;
without a translator (the CLI, serve, the imports) they stay English word for word."""

from __future__ import annotations

import pytest

from app.services import i18n
from app.services.admin import circuit_rules
from app.services.rules.plan import Weekly, validate_windows
from app.services.rules.timeparse import ParseError, parse_days, parse_end, parse_time
from app.services.transfer.users_csv import email_problem, tag_problem

MON_FRI = 0b0011111


def _overlaps() -> list[str]:
    return validate_windows([Weekly(MON_FRI, 7 * 60, 18 * 60), Weekly(MON_FRI, 17 * 60, 19 * 60)])


def _parse_problem(parse: object, text: str) -> str:
    assert callable(parse)
    with pytest.raises(ParseError) as exc:
        parse(text)
    return str(exc.value)


def test_the_rules_problems_are_german_in_a_german_console() -> None:
    with i18n.language("de"):
        assert circuit_rules.phases_problem(2, None) == "ein Stromkreis führt 1 oder 3 Phasen"
        assert circuit_rules.never_reached(80, None, "Garage", 63, None) == (
            "80 A wird nie erreicht: Garage erlaubt 63 A"
        )
        assert circuit_rules.current_problem(7000) == (
            "mehr als 6,300 A pro Phase ist nicht plausibel; prüfen Sie die Einheit"
        )
        # the choices are the strategies' own (translated) names, in one sentence
        assert circuit_rules.strategy_problem("fastest") == (
            "wählen Sie eine Strategie: Gleiche Anteile, Wer zuerst kommt, lädt zuerst, "
            "Priorität: Eigentümer, Spezialbenutzer, Öffentlich, Nach Tarifpriorität"
        )
        assert _parse_problem(parse_time, "25:00") == "25:00 ist keine Uhrzeit (HH:MM, 00:00–23:59)"
        assert _parse_problem(parse_end, "25:00") == "25:00 ist keine Uhrzeit (HH:MM, 00:00–23:59 oder 24:00)"
        assert _parse_problem(parse_days, "Mo-Fr") == (
            "'Mo-Fr' ist keine Liste von Tagen (z. B. 'Mon-Fri' oder 'Sat,Sun')"
        )
        assert _overlaps() == [
            "Zeitfenster 2 (Mon–Fri 17:00–19:00) überschneidet sich mit Zeitfenster 1 (Mon–Fri 07:00–18:00) "
            "am Mon 17:00–18:00 (und 4 weitere Male pro Woche)."
        ]
        assert validate_windows([Weekly(0, 60, 120)]) == [
            "Zeitfenster 1: Wählen Sie mindestens einen Wochentag."
        ]
        assert tag_problem("AB CD") == "idTag 'AB CD' darf nur Buchstaben, Ziffern und - _ : . enthalten"
        assert email_problem("eva.keller") == "'eva.keller' ist keine E-Mail-Adresse"


def test_a_french_console_reads_them_in_french() -> None:
    with i18n.language("fr"):
        assert circuit_rules.connector_phases_problem(3, 1, "Garage") == (
            "le circuit Garage porte 1 phase\u00a0: rendez la prise monophasée ou choisissez un autre circuit"
        )
        assert circuit_rules.not_a_number("viel", "A") == (
            "'viel' n'est pas un nombre de A\u00a0; laissez le champ vide s'il n'y a pas de telle limite"
        )
        assert _parse_problem(parse_time, "7h") == "7h n'est pas une heure (HH:MM)"
        assert _overlaps()[0].endswith("le Mon 17:00–18:00 (et 4 autres fois par semaine).")
        assert tag_problem("") == "un idTag ne peut pas être vide"


def test_without_a_translator_the_texts_stay_english_word_for_word() -> None:
    assert circuit_rules.phases_problem(2, None) == "a circuit carries 1 or 3 phases"
    assert circuit_rules.rotation_problem("321") == "choose the phase rotation: L1 L2 L3, L2 L3 L1, L3 L1 L2"
    assert circuit_rules.strategy_problem("fastest") == (
        "choose a strategy: Equal share, First come, first served, Priority: owners, special users, public, "
        "By tariff priority"
    )
    assert (
        circuit_rules.current_problem(7000) == "more than 6,300 A per phase is not plausible; check the unit"
    )
    assert circuit_rules.min_current_problem(40) == (
        "the minimum current is from 6 to 32 A per phase (6 A is what vehicles need)"
    )
    assert _parse_problem(parse_end, "25:00") == "25:00 is not a time (HH:MM, 00:00–23:59, or 24:00)"
    assert _parse_problem(parse_days, "Mo-Fr") == "'Mo-Fr' is not a day list (e.g. 'Mon-Fri' or 'Sat,Sun')"
    assert _overlaps() == [
        "Window 2 (Mon–Fri 17:00–19:00) overlaps window 1 (Mon–Fri 07:00–18:00) on Mon 17:00–18:00 "
        "(and 4 more times a week)."
    ]
    assert tag_problem("X" * 300).startswith("idTag XXX")  # type: ignore[union-attr]
    assert email_problem("eva.keller") == "'eva.keller' is not an e-mail address"


def test_a_schedule_form_shows_a_german_overlap_beside_the_window_it_is_about() -> None:
    """The schedule form keys a problem by the window it names (it read "Window 3" out of the English text)."""
    from app.models import AccessMode
    from app.services.admin.access_plans import WindowRow, window_problems

    rows = [
        WindowRow(MON_FRI, 7 * 60, 18 * 60, AccessMode.LIMITED),
        WindowRow(0b1000000, 60, 120, AccessMode.PUBLIC),
        WindowRow(0b0000001, 17 * 60, 19 * 60, AccessMode.PRIVATE),
    ]
    with i18n.language("de"):
        problems = window_problems(rows)
    assert list(problems) == ["windows[2]"]
    assert problems["windows[2]"].startswith("Zeitfenster 3 (")
    assert "überschneidet sich mit Zeitfenster 1" in problems["windows[2]"]
