"""The commissioning report in the console's language (issue 15): its headings, labels and results translated,
its times in the locale; the steps' own words stay as the checklist wrote them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.chargers import commissioning as svc
from app.views.shell import language


def result() -> svc.ChecklistResult:
    return svc.ChecklistResult(
        cp_id="ET22-7F21",
        started_at=dt.datetime(2026, 12, 7, 13, 0, 5, tzinfo=dt.UTC),
        finished_at=dt.datetime(2026, 12, 7, 13, 4, 9, tzinfo=dt.UTC),
        steps=(svc.StepResult("boot", "Boot notification", svc.PASS, "Accepted"),),
        options=svc.ChecklistOptions(connector_id=1, id_tag="04A2B3C4"),
        charger={"station": "Hall C", "vendor": "ETREL"},
        audit_id=17,
    )


def test_the_report_in_english_without_a_language() -> None:
    html = svc.report_html(result(), site_tz="Europe/Zurich")
    assert "<h1>Commissioning report — Hall C</h1>" in html and '<html lang="en">' in html
    assert "2026-12-07 14:04:09 CET" in html and ">Pass<" in html and "connector 1, tag 04A2B3C4" in html


def test_the_report_in_french(qapp: Any) -> None:
    language.install_language("fr")
    try:
        html = svc.report_html(result(), site_tz="Europe/Zurich")
    finally:
        language.uninstall_language()
    assert '<html lang="fr">' in html
    assert "<h1>Rapport de mise en service — Hall C</h1>" in html
    assert "Point de charge <b>ET22-7F21</b>, 7 déc. 2026 14:04:09 CET" in html
    assert "<th>Fabricant</th>" in html and ">Réussi<" in html and "prise 1, badge 04A2B3C4" in html
    assert "<h2>Liste de contrôle</h2>" in html and "Technicien, date" in html
    assert "Boot notification" in html  # the step's title: the checklist's own words
