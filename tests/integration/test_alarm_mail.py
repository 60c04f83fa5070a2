"""Alarm e-mails against a real SMTP server on 127.0.0.1 (aiosmtpd): a raised alarm and its clearing, the test
e-mail, a relay that is not there (shown, the engine goes on), the settings a viewer may not change."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from ocpp.v16 import call

from app.db import Database
from app.services.alarms import rules as R
from app.services.alarms.events import AlarmChanged
from app.services.alarms.mail import SmtpSettings, password_path
from app.services.alarms.service import AlarmsService, MailFailed
from app.services.roles import NotAllowed
from app.services.store import Store
from app.services.validation import FormError
from tests.helpers.factories import operator
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, sim_charger, wait_until
from tests.helpers.pgcluster import free_port


@dataclass
class Inbox:
    port: int
    messages: list[email.message.Message] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd's handler hook
        self.envelopes.append(envelope)
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    box = Inbox(free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path))
    return tmp_path


def set_up_mail(db: Database, port: int, *, email_faulted: bool = True) -> AlarmsService:
    service = AlarmsService(Store(db, principal=operator("Max")))
    site_id = service.sites()[0][0]
    loaded = service.mail_setup()
    service.save_mail(
        loaded,
        SmtpSettings("127.0.0.1", port, "none", "", "chargedesk@garage.example"),
        {site_id: ["facility@garage.example", "tech@garage.example"]},
        password="",
    )
    if email_faulted:
        faulted = next(r for r in service.rules(site_id) if r.kind == R.FAULTED)
        service.save_rules(
            site_id, [R.RuleSpec(R.FAULTED, True, None, None, "critical", True, faulted.revision)]
        )
    return service


async def test_a_raised_alarm_and_its_clearing_are_e_mailed(
    db: Database, central_factory: CentralFactory, inbox: Inbox
) -> None:
    add_station(db, "HALL-1")
    service = set_up_mail(db, inbox.port)
    cs = await central_factory()
    rec = EventRecorder()
    cs.subscribe(rec)
    await cs.alarms.tick()
    async with sim_charger(cs.url, "HALL-1") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted"))
        await rec.wait(AlarmChanged)
        await wait_until(lambda: len(inbox.messages) == 1)
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        await wait_until(lambda: len(inbox.messages) == 2)
    raised, cleared = inbox.messages
    assert raised["Subject"] == "[ChargeDesk Critical] HALL-1: connector 1 is Faulted (GroundFailure)"
    assert raised["From"] == "chargedesk@garage.example"
    assert inbox.envelopes[0].rcpt_tos == ["facility@garage.example", "tech@garage.example"]
    assert "Charge point: HALL-1" in raised.get_payload()
    assert cleared["Subject"].startswith("[ChargeDesk] cleared:")
    status = service.mail_setup().status
    assert status is not None and status["ok"] is True


async def test_the_test_e_mail_button_and_a_relay_that_is_not_there(db: Database, inbox: Inbox) -> None:
    add_station(db, "HALL-2")
    service = set_up_mail(db, inbox.port, email_faulted=False)
    site_id = service.sites()[0][0]
    assert "facility@garage.example" in service.send_test(site_id)
    assert "test e-mail" in inbox.messages[0]["Subject"]

    loaded = service.mail_setup()
    dead_port = free_port()
    service.save_mail(
        loaded,
        SmtpSettings("127.0.0.1", dead_port, "none", "", "chargedesk@garage.example"),
        loaded.recipients,
    )
    with pytest.raises(MailFailed, match=f"127.0.0.1:{dead_port} failed"):
        service.send_test(site_id)


@pytest.mark.expect_log(r"alarm e-mail failed")
async def test_a_failing_relay_is_shown_and_never_stops_the_engine(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-3")
    service = set_up_mail(db, free_port())  # nobody listens there
    cs = await central_factory()
    rec = EventRecorder()
    cs.subscribe(rec)
    await cs.alarms.tick()
    async with sim_charger(cs.url, "HALL-3") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="OverVoltage", status="Faulted"))
        await rec.wait(AlarmChanged)
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        await rec.wait(AlarmChanged, lambda e: e.state == "cleared")  # the engine went on
    await wait_until(lambda: (s := service.mail_setup().status) is not None and s["ok"] is False)
    status = service.mail_setup().status
    assert status is not None and "Connection refused" in status["detail"]


def test_mail_settings_are_a_managers_and_the_password_a_private_file(db: Database, data_dir: Path) -> None:
    add_station(db, "HALL-4")
    viewer = AlarmsService(Store(db, principal=operator("Vera", "viewer")))
    loaded = viewer.mail_setup()
    with pytest.raises(NotAllowed):
        viewer.save_mail(loaded, SmtpSettings("relay.lan", 25, "none", "", "a@b.example"), {})
    manager = AlarmsService(Store(db, principal=operator("Max")))
    with pytest.raises(FormError) as bad:
        manager.save_mail(loaded, SmtpSettings("relay.lan", 25, "none", "", "no-address"), {1: ["x y"]})
    assert set(bad.value.problems) == {"smtp", "recipients:1"}
    saved = manager.save_mail(
        loaded, SmtpSettings("relay.lan", 587, "starttls", "alarms", "a@b.example"), {}, password="s3cret"
    )
    assert saved.smtp.port == 587 and saved.has_password
    assert password_path(data_dir).stat().st_mode & 0o777 == 0o600
    assert "s3cret" not in str(saved.smtp)


def test_the_serve_machine_stores_the_relays_password_from_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers.processes import ROOT, data_env

    data = tmp_path / "serve-data"
    done = subprocess.run(
        [sys.executable, "-m", "app", "alarms", "smtp-password", "--password-stdin"],
        cwd=ROOT,
        env=data_env(data),
        input="relay secret\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert password_path(data).read_text() == "relay secret\n"
    assert password_path(data).stat().st_mode & 0o777 == 0o600


async def test_alarm_texts_are_stored_as_templates_and_read_in_each_readers_language(
    db: Database, central_factory: CentralFactory, inbox: Inbox
) -> None:
    """The host is a console in German; the e-mails go out in French (the relay's setting); a console in Italian
    lists the alarm in Italian, the CLI (no translator) in English, as the stored text is."""
    from app.models import Alarm
    from app.services import i18n

    add_station(db, "HALL-5")
    service = set_up_mail(db, inbox.port)
    loaded = service.mail_setup()
    service.save_mail(
        loaded,
        SmtpSettings("127.0.0.1", inbox.port, "none", "", "chargedesk@garage.example", "fr"),
        loaded.recipients,
    )
    i18n.install(i18n.catalogue_translator("de"))  # the hosting console's operator reads German
    try:
        cs = await central_factory()
        rec = EventRecorder()
        cs.subscribe(rec)
        await cs.alarms.tick()
        async with sim_charger(cs.url, "HALL-5") as c:
            await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
            await c.cp.call(
                call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted")
            )
            raised = await rec.wait(AlarmChanged)
            await wait_until(lambda: len(inbox.messages) == 1)
        assert raised.shown == "HALL-5: Anschluss 1 ist gestört (GroundFailure)"
    finally:
        i18n.install(None)
    mail_fr = inbox.messages[0]
    assert mail_fr["Subject"] == "[ChargeDesk Critique] HALL-5 : la prise 1 est en défaut (GroundFailure)"
    body = mail_fr.get_payload(decode=True).decode()
    assert "Point de charge : HALL-5" in body and "Alarme déclenchée sur" in body

    with db.session() as s:
        row = s.query(Alarm).filter(Alarm.charge_point_id == "HALL-5").one()
        assert row.text == "HALL-5: connector 1 is Faulted (GroundFailure)"  # English, whoever raised it
        assert row.message == {
            "text": "{cp}: connector {connector} is Faulted ({code})",
            "args": {"cp": "HALL-5", "connector": 1, "code": "GroundFailure"},
        }
    assert [a.text for a in service.alarms()] == ["HALL-5: connector 1 is Faulted (GroundFailure)"]
    i18n.install(i18n.catalogue_translator("it"))
    try:
        assert [a.text for a in service.alarms()] == ["HALL-5: il connettore 1 è guasto (GroundFailure)"]
    finally:
        i18n.install(None)
