"""Team mode with real processes on the suite's PostgreSQL: ``chargedesk certs ca`` (a process) makes the site's CA
in the host's data directory, ``chargedesk serve`` (a process) holds a whitepaper charger (the simulator) and
signs with that CA; an attached console (the in-test services over the site bus, as a console on another machine)
installs the site's CA on the charger and renews the charger's certificate through the host, and sees the outcome
(CertificateChanged over the bus, the charger's record, what the charger has installed)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from cryptography import x509

from app.db import Database
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

    async with serve_process(pg_url, tmp_path) as (_serve, ws_url):
        console = RemoteCentral(db)
        await console.start()
        try:
            seen = EventRecorder()
            console.subscribe(seen)
            service = ChargersService(Store(db), console).certificates
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

    # the command line sees the host refuse to make a second CA over the first
    code, _out, err = await cli(tmp_path, "certs", "ca")
    assert code != 0 and "already exist" in err
