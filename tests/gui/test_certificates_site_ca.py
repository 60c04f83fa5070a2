"""Settings → Central system, "Certificates: what expires when": the site's CA created with one button on the
computer that runs the central system (as ``chargedesk certs ca`` makes it: the same function), the result shown,
a second time refused with where it is (nothing replaced); only a role that may change settings; a console without
the central system says where to do it. The alarm rules' new row: the days before a charger's certificate expires,
changed and saved where the other alarm settings are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.db import Database, upgrade
from app.models import Alarm, Site
from app.services import i18n
from app.services.alarms import rules as R
from app.services.api import AppServices
from app.services.central.certificates import local_ca_files
from app.services.chargers import certificates as certs
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.roles import NotAllowed, Permission
from app.services.store import Store
from app.services.texts import Text
from app.views.alarms.page import AlarmsPage
from app.views.widgets.permissions import PermissionGate
from tests.gui.test_chargers_files import start_central
from tests.helpers.factories import operator
from tests.helpers.ocpp import add_station, wait_until
from tests.helpers.qasync_runner import run_on_qasync


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    yield db
    db.dispose()


@pytest.mark.isolated
def test_the_sites_ca_is_created_from_settings_once(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path
) -> None:
    from app.views.chargers.certificates import CertificateExpiryBox

    cert_path, key_path = local_ca_files(tmp_path / "data")

    async def scenario() -> None:
        cs = await start_central(database)
        try:
            service = ChargersService(Store(database), cs)
            box = CertificateExpiryBox(service.certificates, service.site_ca)
            qtbot.addWidget(box)
            box.show()
            await wait_until(lambda: service.certificates.site().get("published_at"))
            box.reload()
            assert box.create_ca_button.isEnabled() and box.create_ca_button.isVisible()
            assert "not renewed automatically" in box.automatic.text()

            qtbot.mouseClick(box.create_ca_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "was created" in box.ca_result.text(), timeout=60)
            assert (
                "CN=ChargeDesk charger CA" in box.ca_result.text() and str(cert_path) in box.ca_result.text()
            )
            assert cert_path.is_file() and key_path.is_file() and (key_path.stat().st_mode & 0o077) == 0
            assert cs.certificates.can_sign()  # the host signs the chargers' requests from now on
            site = service.certificates.site()
            assert site["signs"] and site["ca"]["subject"] == "O=ChargeDesk,CN=ChargeDesk charger CA"
            assert [r.kind for r in box.rows] == ["ca"]
            assert "renewed automatically 30 days before" in box.automatic.text()
            assert not box.create_ca_button.isEnabled()
            assert "already has a CA" in box.ca_note.text()

            # asked again (a click a stale window let through): refused, nothing replaced
            before = (cert_path.read_bytes(), key_path.read_bytes())
            with pytest.raises(certs.CertificateProblem, match="already has a CA"):
                await service.site_ca.create()
            box.create_ca()
            await wait_until(lambda: "already has a CA" in box.ca_result.text())
            assert (cert_path.read_bytes(), key_path.read_bytes()) == before

            # a viewer may not (the service refuses whatever the button says)
            cert_path.unlink()
            key_path.unlink()
            viewer = ChargersService(Store(database, principal=operator("Vera", "viewer")), cs)
            with pytest.raises(NotAllowed):
                await viewer.site_ca.create()
            assert not cert_path.exists()
        finally:
            await cs.stop()

    run_on_qasync(qapp, scenario)


def test_the_button_follows_the_role_and_says_where_to_do_it_without_the_central_system(
    qtbot: Any, database: Database
) -> None:
    from app.views.chargers.certificates import CertificateExpiryBox

    principal = operator("Vera", "viewer")
    store = Store(database, principal=principal)
    service = ChargersService(store, None)  # a console without the central system
    box = CertificateExpiryBox(service.certificates, service.site_ca)
    qtbot.addWidget(box)
    gate = PermissionGate(lambda: store.principal)
    gate.guard(Permission.MANAGE_SETTINGS, box.create_ca_button)
    box.show()
    box.reload()
    assert not box.create_ca_button.isEnabled()
    assert "may not change the site's settings" in box.create_ca_button.toolTip()
    store.principal = operator("Mia", "manager")
    gate.apply()
    box.reload()
    assert not box.create_ca_button.isEnabled()  # still: the central system is not here
    assert "computer that runs the central system" in box.ca_note.text()


def test_the_days_before_a_charger_certificate_expires_are_an_alarm_rule(
    qtbot: Any, sqlite_db: Database
) -> None:
    add_station(sqlite_db, "HALL-1")
    with sqlite_db.session() as s:
        site_id = s.query(Site).one().id
    services = AppServices.local(sqlite_db, principal=operator("Mia", "manager"))
    page = AlarmsPage(services.alarms, None)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    spin = page.rules.threshold[R.CHARGER_CERTIFICATE]
    assert spin.value() == 30 and spin.suffix().strip() == "days"
    spin.setValue(45)
    qtbot.mouseClick(page.rules.save_button, Qt.MouseButton.LeftButton)
    rule = next(r for r in services.alarms.rules(site_id) if r.kind == R.CHARGER_CERTIFICATE)
    assert rule.threshold == 45 and rule.revision > 0
    services.close()


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    translator = QTranslator()
    catalogue = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "alarms_de.qm"
    assert translator.load(str(catalogue)), catalogue
    assert QCoreApplication.installTranslator(translator)
    i18n.install(
        lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n)
    )
    try:
        yield
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)


def test_the_charger_certificate_alarm_on_the_alarms_page_in_german(
    qtbot: Any, sqlite_db: Database, german: None
) -> None:
    add_station(sqlite_db, "HALL-1")
    text = Text(
        QT_TRANSLATE_NOOP("AlarmEngine", "The certificate of {cp} expired on {date} (UTC)"),
        cp="HALL-1",
        date="2027-01-05",
    )
    with sqlite_db.session() as s:
        site = s.query(Site).one()
        s.add(  # as the engine stores it (English text, template kept)
            Alarm(
                site_id=site.id,
                charge_point_id="HALL-1",
                kind=R.CHARGER_CERTIFICATE,
                key=f"{R.CHARGER_CERTIFICATE}:HALL-1",
                severity="critical",
                text=str(text),
                message=text.stored(),
            )
        )
    services = AppServices.local(sqlite_db, principal=operator("Mia", "manager"))
    page = AlarmsPage(services.alarms, None)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.table.item(0, 3).text() == "Das Zertifikat von HALL-1 ist am 2027-01-05 (UTC) abgelaufen"
    assert page.table.item(0, 4).text() == "Kritisch"
    labels = [page.rules.grid.item(r, 0).text() for r in range(page.rules.grid.rowCount())]
    assert "Zertifikat eines Ladegeräts läuft ab" in labels
    services.close()
