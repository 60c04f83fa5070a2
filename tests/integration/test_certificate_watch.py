"""The host's daily look at certificates (OCPP 1.6 Security Whitepaper Ed. 3) end to end: the real central system on
127.0.0.1, the simulator as a whitepaper charger, on SQLite and PostgreSQL.

A charger's own certificate (the one the site's local CA signed, as ``certificates.charger.<id>`` knows it) within
30 days of its expiry raises the "charger certificate expiring" alarm once, critical once it has expired; the host
renews it automatically (ExtendedTriggerMessage SignChargePointCertificate, the charger's SignCertificate signed by
the local CA, CertificateSigned accepted) — a charger that is not connected is recorded and asked again at the next
daily check — and the alarm is cleared when the new certificate is accepted. The site's CA expiring raises the
certificate alarm, critical once expired.

The engine's and the watch's clocks are the test's: days pass by moving them, then ``tick()`` / ``check()`` look
(what their timers do every 10 s and every day)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from app.db import Database
from app.models import Alarm, AuditEntry
from app.services.alarms import rules as R
from app.services.alarms.events import AlarmChanged
from app.services.central.certificate_watch import ACTOR
from app.services.central.certificates import CertificateChanged, local_ca_files
from app.services.central.system import CentralSystem
from app.services.chargers import certificates as certs
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until

FAST = {"speed": 600.0, "seed": 5, "reconnect_initial_s": 0.05, "connectors": 1}
CP = "WATCH-1"


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


def make_ca(folder: Path, days: float = 3650) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """The site's local CA where ``chargedesk certs ca`` writes it, valid ``days`` from now."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Watch CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = local_ca_files(folder)
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert, key


def signed_long_ago(
    db: Database, ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey, days_left: int
) -> str:
    """``CP``'s certificate as the local CA signed it 825 - ``days_left`` days ago (825 days of validity), recorded
    as the central system records an accepted one. Returns its serial."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, CP)]))
        .sign(key, hashes.SHA256())
    )
    chain = certs.sign_csr(
        csr.public_bytes(serialization.Encoding.PEM).decode(),
        ca.public_bytes(serialization.Encoding.PEM),
        ca_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=certs.CHARGER_DAYS - days_left),
    )
    info = certs.cert_info(chain)
    with db.session() as s:
        certs.record_change(
            s,
            CP,
            "accepted",
            info.serial,
            actor="central system",
            action="cert_accepted",
            certificate=info.as_json(),
        )
    return info.serial


def alarms(db: Database, kind: str) -> list[Alarm]:
    with db.sessionmaker() as s:
        return list(s.scalars(select(Alarm).where(Alarm.kind == kind).order_by(Alarm.id)))


def audit(db: Database) -> list[tuple[str, str]]:
    with db.sessionmaker() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "charger", AuditEntry.entity_id == CP)
            .order_by(AuditEntry.id)
        )
        return [(r.action, r.actor) for r in rows]


async def written(cs: CentralSystem) -> None:
    await wait_until(lambda: cs.alarms.waiting_writes == 0)
    await cs.store.flush()


async def test_an_expiring_charger_certificate_raises_an_alarm_and_is_renewed_automatically(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    ca, ca_key = make_ca(tmp_path)
    cs.certificates.data_dir = tmp_path
    await cs.certificates.publish()
    old_serial = signed_long_ago(db, ca, ca_key, days_left=10)
    clock = Clock()
    cs.alarms.now = clock
    cs.certificate_watch.now = clock
    rec = EventRecorder()
    cs.subscribe(rec)

    # the daily check: due for renewal, but the charger is not connected — recorded, the alarm raised
    assert await cs.certificate_watch.check() == {CP: "Failed"}
    await rec.wait(CertificateChanged, lambda e: e.status == "renewal_failed")
    await cs.alarms.tick()
    raised = await rec.wait(AlarmChanged, lambda e: e.kind == R.CHARGER_CERTIFICATE)
    assert (raised.state, raised.severity, raised.cp_id) == ("raised", "warning", CP)
    assert raised.text.startswith(f"The certificate of {CP} expires on ")
    await cs.alarms.tick()  # the same condition: nothing more
    assert len(rec.of(AlarmChanged)) == 1

    # expired: the same alarm, critical now
    clock.advance(days=11)
    await cs.alarms.tick()
    escalated = await rec.wait(AlarmChanged, lambda e: e.state == "repeated")
    assert escalated.severity == "critical" and escalated.alarm_id == raised.alarm_id
    assert escalated.text.startswith(f"The certificate of {CP} expired on ")
    await written(cs)
    [row] = alarms(db, R.CHARGER_CERTIFICATE)
    assert row.severity == "critical" and row.cleared_at is None and row.site_id is not None

    # the next day's check: connected now (the site's CA installed), renewed, signed by the CA, accepted
    service = ChargersService(Store(db), cs).certificates
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await service.install_site_ca(CP) == "Accepted"
        clock.advance(days=1)
        assert await cs.certificate_watch.check() == {CP: "Accepted"}
        await rec.wait(CertificateChanged, lambda e: e.status == "accepted")
        mine = vc.charger.certificates.certificate
        assert mine is not None
        mine.verify_directly_issued_by(ca)
        await wait_until(lambda: cs.certificate_watch.expiries.get(CP) == mine.not_valid_after_utc)
        await cs.alarms.tick()
        cleared = await rec.wait(AlarmChanged, lambda e: e.state == "cleared")
        assert cleared.key == f"{R.CHARGER_CERTIFICATE}:{CP}"
    await written(cs)
    assert alarms(db, R.CHARGER_CERTIFICATE)[0].cleared_at is not None
    state = service.state(CP)
    assert state.status == "accepted" and state.serial == format(mine.serial_number, "x") != old_serial
    trail = audit(db)
    assert ("cert_renew_failed", ACTOR) in trail and ("cert_renew", ACTOR) in trail
    assert trail[-1] == ("cert_accepted", "central system")  # its request signed as any other
    assert cs.certificate_watch.due() == []


async def test_at_start_the_expiries_are_read_and_without_a_local_ca_nothing_is_renewed(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    ca, ca_key = make_ca(tmp_path / "elsewhere")  # the site's own CA: its key is not on this host
    signed_long_ago(db, ca, ca_key, days_left=20)
    cs = await central_factory(call_timeout_s=10)
    cs.certificates.data_dir = tmp_path
    rec = EventRecorder()
    cs.subscribe(rec)
    await wait_until(lambda: CP in cs.certificate_watch.expiries)  # read at start, before any daily check
    await cs.alarms.tick()
    raised = await rec.wait(AlarmChanged, lambda e: e.kind == R.CHARGER_CERTIFICATE)
    assert raised.severity == "warning" and raised.cp_id == CP
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await cs.certificate_watch.check() == {}  # nothing asked of the charger
    assert "cert_renew" not in [a for a, _ in audit(db)]
    assert ChargersService(Store(db), cs).certificates.state(CP).status == "accepted"
    assert [e.state for e in rec.of(AlarmChanged)] == ["raised"]  # the alarm stays


async def test_the_sites_ca_expiring_raises_the_certificate_alarm_critical_once_expired(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    cs = await central_factory()
    make_ca(tmp_path, days=5)
    cs.certificates.data_dir = tmp_path
    clock = Clock()
    cs.alarms.now = clock
    rec = EventRecorder()
    cs.subscribe(rec)
    cs.alarms.reread_certificates()
    await cs.alarms.tick()
    ca_path = str(local_ca_files(tmp_path)[0])
    raised = await rec.wait(AlarmChanged, lambda e: e.key == f"{R.CERTIFICATE}:{ca_path}"[:160])
    assert raised.severity == "warning" and "chargedesk-ca-cert.pem" in raised.text
    clock.advance(days=6)
    await cs.alarms.tick()
    escalated = await rec.wait(AlarmChanged, lambda e: e.state == "repeated")
    assert escalated.severity == "critical" and " expired on " in escalated.text
    clock.advance(days=2)
    await cs.alarms.tick()
    assert [e.state for e in rec.of(AlarmChanged) if e.key == raised.key] == ["raised", "repeated"]


async def test_a_certificate_the_cas_expiry_caps_is_renewed_once_not_every_day(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    """The site's CA ends in 20 days: the charger's certificate (10 days left) is renewed, but what the CA signs now
    ends with the CA; the next days' checks do not ask the charger again (it would get the same end date)."""
    add_station(db, CP, connectors=1)
    cs = await central_factory(call_timeout_s=10)
    ca, ca_key = make_ca(tmp_path, days=20)
    cs.certificates.data_dir = tmp_path
    await cs.certificates.publish()
    signed_long_ago(db, ca, ca_key, days_left=10)
    clock = Clock()
    cs.certificate_watch.now = clock
    rec = EventRecorder()
    cs.subscribe(rec)
    service = ChargersService(Store(db), cs).certificates
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        assert await service.install_site_ca(CP) == "Accepted"
        assert await cs.certificate_watch.check() == {CP: "Accepted"}
        await rec.wait(CertificateChanged, lambda e: e.status == "accepted")
        mine = vc.charger.certificates.certificate
        assert mine is not None and mine.not_valid_after_utc == ca.not_valid_after_utc
        await wait_until(lambda: cs.certificate_watch.expiries.get(CP) == mine.not_valid_after_utc)
        assert cs.certificate_watch.due() == [CP]  # within 30 days of its end, but the CA's end is the limit
        for _ in range(3):
            clock.advance(days=1)
            assert await cs.certificate_watch.check() == {}
    assert [a for a, _ in audit(db)].count("cert_renew") == 1
