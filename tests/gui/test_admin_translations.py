"""The admin services' messages reach the operator in the console's language (issue 15): a tariff's price problem
under its field, the station editor's problems, a refusal, a conflict's headline, a user's deletion impact, a
circuit in use, a schedule's preview, a failed log-in — each through the German and French catalogues as the
console installs them (views/shell/language). Without a translator (the CLI, serve, the other tests) they stay
English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.models import OperatorRole, Site, Tariff
from app.services.admin import stations as svc
from app.services.admin.access_plans import WindowRow, grant_preview_line
from app.services.admin.catalog import TariffForm
from app.services.admin.circuits import CircuitInUse
from app.services.admin.operators import LoginFailed, NewOperator
from app.services.admin.stations import StationsService
from app.services.admin.users import DeleteImpact
from app.services.api import AppServices
from app.services.revisions import EditConflict
from app.services.roles import NotAllowed, Principal
from app.services.store import Store
from app.views.settings_page import SettingsPage
from app.views.shell.language import install_language, uninstall_language
from app.views.stations.editor import CONNECTORS, SECURITY, StationEditor
from app.views.stations.page import StationsPage
from app.views.widgets.conflict import ConflictBanner

L = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


@contextmanager
def language(code: str) -> Iterator[None]:
    """The console in ``code``: every catalogue of that language in Qt, translate() through Qt, its formats."""
    install_language(code)
    try:
        yield
    finally:
        uninstall_language()


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


PRICE = {
    "de": ("darf nicht unter null sein", "'abc' ist kein Preis (z. B. 0.35)"),
    "fr": ("ne peut pas être négatif", "'abc' n'est pas un prix (p. ex. 0.35)"),
}


@pytest.mark.parametrize("code", ["de", "fr"])
def test_a_tariffs_price_problems_are_said_in_the_operators_language(
    code: str, qtbot: Any, sqlite_db: Database, tmp_path: Path
) -> None:
    settings = Settings(database_url=sqlite_db.url, data_dir=tmp_path, central=CentralSystemSettings())
    services = AppServices.local(sqlite_db)
    with language(code):
        page = SettingsPage(services.catalog, services.databases, None, None, settings=settings)
        qtbot.addWidget(page)
        page.show()
        page.reload()
        page.tabs.setCurrentWidget(page.tariffs)
        form = page.tariffs
        qtbot.mouseClick(form.new_button, L)
        type_into(qtbot, form.inputs["name"], "employee")
        type_into(qtbot, form.inputs["per_kwh"], "-0.20")
        type_into(qtbot, form.inputs["per_hour"], "abc")
        qtbot.mouseClick(form.save_button, L)
        below_zero, not_a_price = PRICE[code]
        assert form.errors["per_kwh"].isVisible() and form.errors["per_kwh"].text() == below_zero
        assert form.errors["per_hour"].text() == not_a_price
    with sqlite_db.session() as s:
        assert s.scalars(select(Tariff)).all() == []  # nothing saved
    services.close()


STATION = {
    "de": (
        "HALL-B-1 wird bereits von der Ladestation Hall B verwendet; wählen Sie eine andere Identität.",
        "Ein Ladepunkt-Passwort braucht mindestens 8 Zeichen",
        "Die max. Leistung muss mehr als 0 kW betragen (z. B. 22); leer lassen, wenn unbekannt.",
    ),
    "fr": (
        "HALL-B-1 est déjà utilisé par la borne de recharge Hall B\u00a0; choisissez une autre identité.",
        "Un mot de passe de point de charge doit avoir au moins 8 caractères",
        "La puissance max. doit dépasser 0 kW (p. ex. 22)\u00a0; laissez vide si inconnue.",
    ),
}


@pytest.mark.parametrize("code", ["de", "fr"])
def test_the_station_editor_shows_the_services_problems_in_the_operators_language(
    code: str, qtbot: Any, sqlite_db: Database
) -> None:
    with sqlite_db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        s.add(hq)
        s.flush()
        svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=hq.id,
                charge_point_id="HALL-B-1",
                connectors=[svc.ConnectorForm(number=1)],
            ),
        )
    with language(code):
        page = StationsPage(StationsService(Store(sqlite_db)), None, None)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.mouseClick(page.new_button, L)
        editors = [e for group in page.editors.values() for e in group]
        assert len(editors) == 1
        editor: StationEditor = editors[0]
        type_into(qtbot, editor.name, "Hall B annex")
        type_into(qtbot, editor.charge_point_id, "HALL-B-1")
        editor.tabs.setCurrentIndex(CONNECTORS)
        kw = editor.connectors.cells[0]["max_kw"]
        assert isinstance(kw, QLineEdit)
        type_into(qtbot, kw, "-11")
        editor.tabs.setCurrentIndex(SECURITY)
        type_into(qtbot, editor.password, "abc12")
        qtbot.mouseClick(editor.save_button, L)

        taken, short, power = STATION[code]
        assert editor.isVisible()  # not saved: the editor stays open with its problems
        assert editor.fields["charge_point_id"][1].text() == taken
        assert editor.fields["password"][1].text().startswith(short)
        assert power in editor.connectors.error.text()
    with sqlite_db.session() as s:
        assert s.scalar(select(svc.Station.id).where(svc.Station.name == "Hall B annex")) is None


def test_a_refusal_and_a_conflict_are_said_in_german(qtbot: Any, sqlite_db: Database) -> None:
    services = AppServices.local(sqlite_db)
    tariff_id = services.catalog.save_tariff(TariffForm(name="employee", per_kwh="0.20"))
    loaded = next(t for t in services.catalog.tariffs() if t.id == tariff_id)
    services.store.principal = Principal(
        "bruno", "Bruno Meier", OperatorRole.MANAGER, "desk-2", logged_in=True
    )
    services.catalog.save_tariff(TariffForm(**{**loaded.__dict__, "per_kwh": "0.25"}))  # Bruno saves first
    with language("de"):
        banner = ConflictBanner()
        qtbot.addWidget(banner)
        mine = TariffForm(**{**loaded.__dict__, "per_kwh": "0.30"})
        with pytest.raises(EditConflict) as conflict:
            services.catalog.save_tariff(mine, base=loaded)
        banner.show_conflict(conflict.value)
        assert banner.headline.text().startswith("<b>bruno hat diesen Tarif um ")
        assert banner.headline.text().endswith(" gespeichert, während Sie ihn bearbeiteten.</b>")
        assert [d.field for d in conflict.value.differences] == ["Pro kWh"]
        assert all(
            word in banner.details.text() for word in ("Feld", "Beim Öffnen", "Jetzt gespeichert", "Pro kWh")
        )
        assert str(conflict.value).endswith("Ihre Änderungen sind nicht gespeichert.")

        services.store.principal = Principal(
            "vera", "Vera Keller", OperatorRole.VIEWER, "desk-3", logged_in=True
        )
        with pytest.raises(NotAllowed) as refused:
            services.catalog.save_tariff(TariffForm(name="guest", per_kwh="0.50"))
        assert str(refused.value) == "Vera Keller (Betrachter) darf keine Standorte oder Tarife ändern"
    with sqlite_db.session() as s:
        assert s.scalars(select(Tariff.per_kwh)).all() == [Decimal("0.25")]  # neither mine nor Vera's
    services.close()


def test_a_failed_log_in_is_said_in_french(qtbot: Any, sqlite_db: Database) -> None:
    services = AppServices.local(sqlite_db)
    services.operators.create_first_manager(
        NewOperator(
            username="anna",
            display_name="Anna Meier",
            role=OperatorRole.MANAGER,
            password="correct horse",
            repeat="correct horse",
        )
    )
    with language("fr"), pytest.raises(LoginFailed) as failed:
        services.operators.login("anna", "wrong")
    assert str(failed.value) == "Nom d'utilisateur inconnu ou mot de passe incorrect."
    services.close()


def test_messages_of_users_circuits_and_schedules_in_german_and_french(qapp: Any) -> None:
    impact = DeleteImpact("Eva Keller", tags=2, sessions=1, owned_stations=1, grants=0)
    in_use = ("Garage", ["Carport"], ["Hall B #1", "Hall B #2"])
    window = [WindowRow(0b0011111, 7 * 60, 18 * 60)]
    monday_9 = dt.datetime(2026, 3, 2, 9, 0)
    with language("de"):
        assert impact.sentence() == (
            "2 RFID-Karten werden gelöscht. Die Person ist nicht mehr Eigentümer von 1 Ladestation. "
            "Die Historie behält den 1 Ladevorgang (ohne Benutzer angezeigt)."
        )
        assert CircuitInUse(*in_use).sentence.startswith(
            "Garage hat 1 Stromkreis darunter (Carport). An Garage hängen 2 Anschlüsse (Hall B #1, Hall B #2)."
        )
        assert grant_preview_line(window, monday_9, "Eva", "Jetzt") == (
            "Jetzt: innerhalb der Zugangszeiten von Eva bis 18:00"
        )
    with language("fr"):
        assert impact.sentence().startswith("2 badges RFID seront supprimés. Cette personne perd 1 borne")
        assert CircuitInUse(*in_use).sentence.endswith(
            "Le supprimer supprime aussi les circuits en dessous et laisse les prises hors de la gestion de charge."
        )
    # English again without a translator (the CLI, serve)
    assert impact.sentence().startswith("2 RFID tags will be deleted. They lose 1 station they own.")


def test_every_admin_message_keeps_its_fields() -> None:
    """de/fr/it translations of the admin area keep the source's {fields} and %n (a lost field would raise or
    show a wrong value at run time)."""
    import re
    import xml.etree.ElementTree as ET

    i18n = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    for code in ("de", "fr", "it"):
        for m in ET.parse(i18n / f"admin_{code}.ts").getroot().iter("message"):
            source = m.findtext("source") or ""
            translation = m.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", (code, source)
            texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for text in texts:
                assert sorted(re.findall(r"\{\w+\}", text)) == sorted(re.findall(r"\{\w+\}", source)), (
                    code,
                    text,
                )
                assert ("%n" in text) == ("%n" in source), (code, text)
