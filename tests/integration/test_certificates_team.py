"""Team mode with real processes on the suite's PostgreSQL: ``chargedesk certs ca`` (a process) makes the site's CA
in the host's data directory, ``chargedesk serve`` (a process) holds a whitepaper charger (the simulator) and
signs with that CA; an attached console (the in-test services over the site bus, as a console on another machine)
installs the site's CA on the charger and renews the charger's certificate through the host, and sees the outcome
(CertificateChanged over the bus, the charger's record, what the charger has installed). serve's own daily look
raises the alarm of another charger's certificate expiring at start; the console's Alarms page (its service) and
``chargedesk alarms`` list it."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.db import Database
from app.services.alarms import rules as R
from app.services.alarms.service import ACTIVE, AlarmRow, AlarmsService
from app.services.central.certificates import CertificateChanged, local_ca_files
from app.services.central.site_bus import RemoteCentral
from app.services.chargers import certificates as certs
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import EventRecorder, add_station, wait_until
from tests.helpers.processes import cli, serve_process
from tests.helpers.site import held

CP = "TEAM-CERT-1"
OLD = "TEAM-CERT-2"
FAST = {"speed": 600.0, "seed": 11, "reconnect_initial_s": 0.05, "connectors": 1}


@pytest.fixture
def db_url(pg_url: str) -> str:  # PostgreSQL only: the site bus
    return pg_url


async def test_an_attached_console_installs_the_ca_and_renews_through_serve(
    pg_url: str, db: Database, tmp_path: Path
) -> None:
    add_station(db, CP, connectors=1)
    code, out, err = await cli(tmp_path, "certs", "ca")
    assert code == 0, err
    ca_path = local_ca_files(tmp_path / "data")[0]
    assert f"CA certificate: {ca_path}" in out
    ca = x509.load_pem_x509_certificate(ca_path.read_bytes())
    # another charger's certificate, signed by that CA 815 days ago: 10 days left when serve starts
    add_station(db, OLD, connectors=1)
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, OLD)]))
        .sign(key, hashes.SHA256())
    )
    chain = certs.sign_csr(
        csr.public_bytes(serialization.Encoding.PEM).decode(),
        ca_path.read_bytes(),
        local_ca_files(tmp_path / "data")[1].read_bytes(),
        now=dt.datetime.now(dt.UTC) - dt.timedelta(days=certs.CHARGER_DAYS - 10),
    )
    with db.session() as s:
        certs.record_change(
            s, OLD, "accepted", "", actor="central system", action="cert_accepted",
            certificate=certs.cert_info(chain).as_json(),
        )  # fmt: skip

    async with serve_process(pg_url, tmp_path) as (_serve, ws_url):
        console = RemoteCentral(db)
        await console.start()
        try:
            seen = EventRecorder()
            console.subscribe(seen)
            service = ChargersService(Store(db), console).certificates
            # serve read the chargers' certificates at start: its alarm engine raised the one expiring, as the
            # console's Alarms page lists it (the table; its AlarmChanged may have crossed before we listened)
            alarms = AlarmsService(Store(db))

            def expiring() -> AlarmRow | None:
                rows = alarms.alarms(state=ACTIVE)
                return next((r for r in rows if r.kind == R.CHARGER_CERTIFICATE and r.cp_id == OLD), None)

            alarm = await wait_until(expiring, timeout=40)
            assert alarm.severity == "warning" and alarm.site_name == "HQ"
            assert alarm.text.startswith(f"The certificate of {OLD} expires on ")
            await wait_until(lambda: service.site().get("signs"), timeout=20)  # serve published its CA
            assert service.site()["ca"]["subject"] == "O=ChargeDesk,CN=ChargeDesk charger CA"
            async with VirtualCharger(ws_url, CP, **FAST) as vc:
                await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
                await held(pg_url, CP)
                await wait_until(lambda: console.is_connected(CP), timeout=20)

                # InstallCertificate through the host
                assert await service.install_site_ca(CP) == "Accepted"
                installed = await service.installed(CP)
                assert [(c.type, c.site_ca, c.not_after) for c in installed] == [
                    (certs.CENTRAL_ROOT, True, ca.not_valid_after_utc)
                ]

                # renewed through the host: serve signs the charger's request with the site's CA
                assert await service.renew(CP) == "Accepted"
                accepted = await seen.wait(
                    CertificateChanged, lambda e: e.cp_id == CP and e.status == "accepted", timeout=30
                )
                mine = vc.charger.certificates.certificate
                assert mine is not None
                mine.verify_directly_issued_by(ca)
                assert accepted.detail == format(mine.serial_number, "x")
                state = await asyncio.to_thread(service.state, CP)
                assert state.status == "accepted" and state.not_after == mine.not_valid_after_utc
                assert state.site_signs and not state.request_waiting
                overview = service.expiry_overview()
                assert ("charger", CP) in [(r.kind, r.name) for r in overview]
        finally:
            await console.stop()

    code, out, err = await cli(tmp_path, "alarms", "--db", pg_url)
    assert code == 0, err
    assert f"The certificate of {OLD} expires on " in out
    # the command line refuses to make a second CA over the first
    code, _out, err = await cli(tmp_path, "certs", "ca")
    assert code != 0 and "already exist" in err
