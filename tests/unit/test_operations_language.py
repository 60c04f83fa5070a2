"""Messages of the charger services and the central system in the operator's language (issue 15), through the
console's catalogues (app.views.shell.language): what is shown at once is translated where it is made; a
commissioning step's detail, stored in the audit log and read by consoles in other languages, is stored in English
with its template and values and translated where it is shown — a result stored before keeps its words."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db.holder import FileHeld
from app.services.central.holder import held_reason, refusal
from app.services.chargers import commissioning as svc
from app.services.chargers.local_list import TagChoice
from app.services.chargers.operation_forms import SPECS, ProfileForm, build_profile, summarize
from app.services.chargers.virtual_fleet import VirtualSpec, check_spec
from app.views.shell import language

NBSP = "\u00a0"


@pytest.fixture
def speak(qapp: Any) -> Iterator[Any]:
    yield language.install_language
    language.uninstall_language()


def checklist_result() -> svc.ChecklistResult:
    """A run as Checklist._set records it: the clock step with a nested detail ("3 s ahead")."""
    run = svc.Checklist(central=None, cp_id="HALL-B-1")
    run._set("snapshot", svc.PASS, svc.detail(svc.SECURITY_PROFILE_NAMES[1]))
    clock = svc.detail(
        svc.QT_TRANSLATE_NOOP(
            "Commissioning",
            "charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat "
            "answers; configure NTP on the charger if it has it.",
        ),
        charger="13:00:03 UTC",
        ours="13:00:00 UTC",
        ahead=svc._ahead(3.2),
    )
    run._set("clock", svc.WARN, clock, skew_s=3.2)
    run._set(
        "test_charge",
        svc.SKIP,
        svc.detail(svc.QT_TRANSLATE_NOOP("Commissioning", "Test charge switched off.")),
    )
    at = dt.datetime(2026, 12, 7, 13, 0, tzinfo=dt.UTC)
    steps = tuple(s for s in run.steps.values() if s.result != svc.PENDING)
    return svc.ChecklistResult("HALL-B-1", at, at, steps, svc.ChecklistOptions(id_tag="04A2B3C4"), audit_id=3)


def test_a_commissioning_step_is_stored_in_english_and_shown_in_the_operators_language(speak: Any) -> None:
    speak("de")  # a German console runs the checklist: what it stores is English all the same
    stored = json.loads(json.dumps(checklist_result().to_json()))
    clock = next(s for s in stored["steps"] if s["key"] == "clock")
    assert clock["title"] == "Charger clock"
    assert clock["detail"] == (
        "charger 13:00:03 UTC, ChargeDesk 13:00:00 UTC: the charger is 3 s ahead. It sets its clock from the "
        "Heartbeat answers; configure NTP on the charger if it has it."
    )
    assert stored["summary"] == "PASSED with warnings: 1 passed, 1 with warnings, 1 skipped"

    result = svc.ChecklistResult.from_json(stored, 3)
    step = next(s for s in result.steps if s.key == "clock")
    assert step.shown_title == "Uhr des Ladegeräts"
    assert step.shown_detail == (
        "Ladegerät 13:00:03 UTC, ChargeDesk 13:00:00 UTC: das Ladegerät geht 3 s vor. Es stellt seine Uhr nach "
        "den Heartbeat-Antworten; richten Sie NTP auf dem Ladegerät ein, falls es das hat."
    )
    assert result.shown_summary == "BESTANDEN mit Warnungen: 1 bestanden, 1 mit Warnungen, 1 übersprungen"
    report = svc.report_html(result)
    assert "Testladung ausgeschaltet." in report and "Sicherheitsprofil 1 (HTTP Basic über ws://)" in report

    speak("fr")  # another console reads the same entry in French
    step = next(s for s in svc.ChecklistResult.from_json(stored, 3).steps if s.key == "clock")
    assert step.shown_detail.startswith(
        f"chargeur 13:00:03 UTC, ChargeDesk 13:00:00 UTC{NBSP}: le chargeur avance de 3 s. "
    )

    # a result stored before the templates: its detail as it was stored, its title translated
    for s in stored["steps"]:
        del s["source"]
    old = next(s for s in svc.ChecklistResult.from_json(stored, 3).steps if s.key == "clock")
    assert old.shown_detail == clock["detail"] and old.shown_title == "Horloge du chargeur"


def test_operation_forms_and_local_list_in_german(speak: Any) -> None:
    speak("de")
    assert (SPECS["unlock"].title, SPECS["unlock"].hint) == (
        "Anschluss entriegeln",
        "Ein festsitzendes Kabel freigeben",
    )
    profile, problems = build_profile(ProfileForm(periods=[("0", "zehn", "")], purpose="TxProfile"))
    assert profile is None
    assert problems == [
        "Periode 1: der Grenzwert muss eine Zahl in A sein (z. B. 16).",
        "Ein TxProfile gilt für einen laufenden Ladevorgang: wählen Sie den Ladevorgang.",
    ]
    schedule = {"chargingSchedulePeriod": [{}, {}]}
    assert summarize({"status": "Accepted", "chargingSchedule": schedule}) == "Accepted — 2 Perioden"
    assert summarize({}) == "(leere Antwort)"
    assert TagChoice("04A2B3C4", None, usable=False).label == "04A2B3C4 — kein Benutzer (gesperrt/abgelaufen)"


def test_virtual_charger_form_in_french(speak: Any) -> None:
    speak("fr")
    problems = check_spec(VirtualSpec(cp_id="VIRTUAL-1", connectors=9, tags=""), running={"virtual-1"})
    assert problems["cp_id"] == (
        f"Un chargeur virtuel VIRTUAL-1 tourne déjà{NBSP}: arrêtez-le d'abord ou choisissez un autre identifiant."
    )
    assert problems["connectors"] == f"Prises{NBSP}: 1 à 8."


def test_the_held_database_sentence_in_german_and_english_for_serve(speak: Any, tmp_path: Path) -> None:
    error = FileHeld(tmp_path / "site.db", None)
    assert refusal(error, "serve") == (  # serve installs no translator
        "site.db is already used by another process that is starting right now: stop it, or serve another database"
    )
    speak("de")
    assert held_reason(error) == "site.db wird bereits von einem anderen, gerade startenden Prozess verwendet"
    assert refusal(error, "console").endswith(
        "verwendet: beenden Sie es oder öffnen Sie diese Konsole ohne Zentralsystem"
    )
