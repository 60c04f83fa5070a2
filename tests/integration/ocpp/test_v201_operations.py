"""The operations ChargeDesk builds for 2.0.1 stations with 1.6-style arguments — SendLocalList, ReserveNow,
Set/ClearChargingProfile, GetCompositeSchedule, UpdateFirmware, GetDiagnostics (GetLog) — end to end: the real
central system (strict: it validates what it sends and what it is answered) and the repo's simulator in 2.0.1
mode over real sockets and real HTTP; the FirmwareStatus/LogStatus notifications drive the firmware jobs as
1.6's do. Plus each payload checked against the 2.0.1 JSON schema the ``ocpp`` package ships."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from ocpp.messages import get_validator
from sqlalchemy import select

from app.db import Database
from app.models import ChargingSession, SessionStatus
from app.ocpp.events import DiagnosticsStatus, FirmwareStatus
from app.ocpp.v201 import requests as v201
from app.services.central.system import CentralSystem
from app.services.chargers.firmware_jobs import DONE, DiagnosticsJob, FirmwareJob
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until

CP = "HALL-B-1"
FAST = {
    "speed": 600.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reboot_s": 5.0,
    "reconnect_initial_s": 0.05,
    "connectors": 2,
    "ocpp": "2.0.1",
    "scenario": "idle",
}
REAL_TIME = {**FAST, "speed": 1.0}  # schedules and reservations are read against simulated time
EXPIRY = "2031-01-01T00:00:00.000Z"
START = "2026-03-02T08:00:00.000Z"


def profile16(**over: Any) -> dict[str, Any]:
    """A 1.6 ChargingProfile as the console's form builds it: 10 A, 6 A after 30 min."""
    profile = {
        "chargingProfileId": 7,
        "stackLevel": 0,
        "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Absolute",
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "startSchedule": START,
            "chargingSchedulePeriod": [
                {"startPeriod": 0, "limit": 10.0},
                {"startPeriod": 1800, "limit": 6.0},
            ],
        },
    }
    profile.update(over)
    return profile


# --- every payload against the package's 2.0.1 schema ---------------------------------------------------------

PAYLOADS = [
    ("UpdateFirmware", v201.update_firmware(11, "http://192.168.1.10:8080/f/fw.bin", START)),
    (
        "UpdateFirmware",
        v201.update_firmware(
            12, "http://h/fw.bin", START, retries=2, retry_interval=30, install_date_time=START
        ),
    ),
    ("GetLog", v201.get_log(13, "http://192.168.1.10:8080/u/abc")),
    (
        "GetLog",
        v201.get_log(14, "http://h/u", START, EXPIRY, retries=1, retry_interval=60, log_type="SecurityLog"),
    ),
    (
        "SendLocalList",
        v201.send_local_list(
            3,
            "Full",
            [
                {
                    "idTag": "04A2B3C4",
                    "idTagInfo": {"status": "Accepted", "expiryDate": EXPIRY, "parentIdTag": "FLEET"},
                },
                {"idTag": "0B7C11D2", "idTagInfo": {"status": "Blocked"}},
            ],
        ),
    ),
    ("SendLocalList", v201.send_local_list(4, "Differential", [{"idTag": "0B7C11D2"}])),  # removal
    ("SendLocalList", v201.send_local_list(5, "Full", [])),  # empty the list
    ("ReserveNow", v201.reserve_now(21, EXPIRY, "04A2B3C4", 2)),
    ("ReserveNow", v201.reserve_now(22, EXPIRY, "04A2B3C4", 0, "FLEET", "ISO15693")),
    ("SetChargingProfile", v201.set_charging_profile(1, profile16())),
    (
        "SetChargingProfile",
        v201.set_charging_profile(
            0,
            profile16(
                chargingProfilePurpose="ChargePointMaxProfile",
                chargingProfileKind="Recurring",
                recurrencyKind="Daily",
                validFrom=START,
                validTo=EXPIRY,
            ),
        ),
    ),
    (
        "SetChargingProfile",
        v201.set_charging_profile(
            2,
            profile16(chargingProfilePurpose="TxProfile", chargingProfileKind="Relative"),
            "f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
        ),
    ),
    (
        "SetChargingProfile",
        v201.set_charging_profile(1, profile16(chargingProfilePurpose="TxProfile", transactionId=42)),
    ),
    ("ClearChargingProfile", v201.clear_charging_profile(7)),
    ("ClearChargingProfile", v201.clear_charging_profile(None, 1, "ChargePointMaxProfile", 0)),
    ("ClearChargingProfile", v201.clear_charging_profile()),
    ("GetCompositeSchedule", v201.get_composite_schedule(1, 3600, "A")),
    ("GetCompositeSchedule", v201.get_composite_schedule(0, 86_400)),
]


@pytest.mark.parametrize(
    ("action", "payload"), PAYLOADS, ids=[f"{a}-{n}" for n, (a, _) in enumerate(PAYLOADS)]
)
def test_each_payload_passes_the_201_schema(action: str, payload: dict[str, Any]) -> None:
    validator = get_validator(2, action, "2.0.1")
    errors = [e.message for e in validator.iter_errors(json.loads(json.dumps(payload)))]
    assert errors == []


def test_the_16_arguments_become_201_values() -> None:
    entry = v201.send_local_list(
        3,
        "Full",
        [
            {
                "idTag": "04A2B3C4",
                "idTagInfo": {"status": "Accepted", "expiryDate": EXPIRY, "parentIdTag": "FLEET"},
            }
        ],
    )["localAuthorizationList"][0]
    assert entry == {
        "idToken": {"idToken": "04A2B3C4", "type": "ISO14443"},
        "idTokenInfo": {
            "status": "Accepted",
            "cacheExpiryDateTime": EXPIRY,
            "groupIdToken": {"idToken": "FLEET", "type": "Central"},
        },
    }
    assert "localAuthorizationList" not in v201.send_local_list(5, "Full", [])
    profile = v201.set_charging_profile(0, profile16(chargingProfilePurpose="ChargePointMaxProfile"))
    assert profile["evseId"] == 0
    cp = profile["chargingProfile"]
    assert cp["id"] == 7 and cp["chargingProfilePurpose"] == "ChargingStationMaxProfile"
    assert cp["chargingSchedule"] == [
        {
            "id": 7,
            "chargingRateUnit": "A",
            "startSchedule": START,
            "chargingSchedulePeriod": [
                {"startPeriod": 0, "limit": 10.0},
                {"startPeriod": 1800, "limit": 6.0},
            ],
        }
    ]
    assert (
        v201.charging_profile(profile16(chargingProfilePurpose="TxProfile", transactionId=42))[
            "transactionId"
        ]
        == "42"
    )
    assert v201.charging_profile(cp) == cp  # a 2.0.1 profile goes as it is
    assert v201.reserve_now(22, EXPIRY, "T", 0) == {
        "id": 22,
        "expiryDateTime": EXPIRY,
        "idToken": {"idToken": "T", "type": "ISO14443"},
    }
    assert v201.clear_charging_profile(None, 1, "ChargePointMaxProfile") == {
        "chargingProfileCriteria": {"evseId": 1, "chargingProfilePurpose": "ChargingStationMaxProfile"}
    }
    log = v201.get_log(14, "http://h/u", START, EXPIRY)
    assert log == {
        "logType": "DiagnosticsLog",
        "requestId": 14,
        "log": {"remoteLocation": "http://h/u", "oldestTimestamp": START, "latestTimestamp": EXPIRY},
    }


# --- end to end with the simulator in 2.0.1 mode ------------------------------------------------------------------


async def started(central_factory: CentralFactory, db: Database) -> CentralSystem:
    add_station(db, CP, connectors=2)
    return await central_factory(call_timeout_s=10)


async def booted(vc: VirtualCharger, cs: CentralSystem) -> None:
    await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)
    await wait_until(lambda: cs.is_connected(CP), timeout=10)
    await wait_until(lambda: set(vc.statuses().values()) == {"Available"}, timeout=10)


async def frames_in(cs: CentralSystem, action: str) -> list[dict[str, Any]]:
    """The payloads of ``action`` calls the charger sent, oldest first (from the message log)."""
    rows = await cs.recent_messages(cp_id=CP, action=action, direction="in")
    return [json.loads(r.frame)[3] for r in reversed(rows) if r.message_type == 2]


async def test_local_list_and_reservations(central_factory: CentralFactory, db: Database) -> None:
    cs = await started(central_factory, db)
    ops = cs.operations
    async with VirtualCharger(cs.url, CP, **REAL_TIME) as vc:
        await booted(vc, cs)
        ch = vc.charger
        assert await ops.get_local_list_version(CP) == {"versionNumber": 0}
        entries = [
            {
                "idTag": "04A2B3C4",
                "idTagInfo": {"status": "Accepted", "expiryDate": EXPIRY, "parentIdTag": "FLEET"},
            },
            {"idTag": "0B7C11D2", "idTagInfo": {"status": "Blocked"}},
        ]
        assert await ops.send_local_list(CP, 3, "Full", entries) == {"status": "Accepted"}
        assert ch.local_list_version == 3
        assert ch.local_list == {
            "04A2B3C4": {"status": "Accepted", "expiryDate": EXPIRY, "parentIdTag": "FLEET"},
            "0B7C11D2": {"status": "Blocked"},
        }
        assert await ops.get_local_list_version(CP) == {"versionNumber": 3}
        assert await ops.send_local_list(CP, 2, "Differential", [{"idTag": "0B7C11D2"}]) == {
            "status": "VersionMismatch"
        }
        assert await ops.send_local_list(CP, 4, "Differential", [{"idTag": "0B7C11D2"}]) == {
            "status": "Accepted"
        }
        assert set(ch.local_list) == {"04A2B3C4"}
        assert await ops.send_local_list(CP, 5, "Full", []) == {"status": "Accepted"}
        assert ch.local_list == {} and ch.local_list_version == 5

        # a reservation holds EVSE 2 for the tag (the station reports it Reserved), cancelled by its id
        expiry = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)
        assert await ops.reserve_now(CP, 2, expiry, "04A2B3C4", 31, "FLEET") == {"status": "Accepted"}
        reservation = ch.connectors[2].reservation
        assert reservation is not None and (reservation.id, reservation.tag) == (31, "04A2B3C4")
        await wait_until(lambda: vc.statuses()[2] == "Reserved", timeout=10)
        await wait_until(lambda: cs_status(cs, 2) == "Reserved", timeout=10)
        assert await ops.reserve_now(CP, 9, expiry, "04A2B3C4", 32) == {"status": "Rejected"}  # no EVSE 9
        assert await ops.reserve_now(CP, 0, expiry, "04A2B3C4", 33) == {
            "status": "Rejected"
        }  # any EVSE: not here
        assert await ops.cancel_reservation(CP, 31) == {"status": "Accepted"}
        await wait_until(lambda: cs_status(cs, 2) == "Available", timeout=10)
        assert await ops.cancel_reservation(CP, 31) == {"status": "Rejected"}

        # one that expires: the station says so with a ReservationStatusUpdate, which is answered
        soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        assert await ops.reserve_now(CP, 1, soon, "04A2B3C4", 34) == {"status": "Accepted"}
        await vc.wait_for(ev.OPERATION, lambda e: "reservation 34 expired" in e.text, timeout=20)
        updates = await wait_until_async(lambda: frames_in(cs, "ReservationStatusUpdate"))
        assert updates == [{"reservationId": 34, "reservationUpdateStatus": "Expired"}]
        assert not vc.of(ev.ERROR), [e.text for e in vc.of(ev.ERROR)]


def cs_status(cs: CentralSystem, connector: int) -> str | None:
    state = next((c for c in cs.chargers() if c.cp_id == CP), None)
    status = state.statuses.get(connector) if state is not None else None
    return getattr(status, "status", status)


async def wait_until_async(fetch: Any, timeout: float = 10.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await fetch()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"nothing within {timeout} s")
        await asyncio.sleep(0.05)


async def test_charging_profiles_and_the_composite_schedule(
    central_factory: CentralFactory, db: Database
) -> None:
    cs = await started(central_factory, db)
    ops = cs.operations
    async with VirtualCharger(cs.url, CP, **REAL_TIME) as vc:
        await booted(vc, cs)
        smart = vc.charger.smart
        profile = profile16()
        profile["chargingSchedule"]["startSchedule"] = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert await ops.set_charging_profile(CP, 1, profile) == {"status": "Accepted"}
        assert [(p.connector_id, p.id, p.purpose) for p in smart.installed] == [(1, 7, "TxDefaultProfile")]
        assert smart.installed[0].schedule["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 10.0},
            {"startPeriod": 1800, "limit": 6.0},
        ]

        answer = await ops.get_composite_schedule(CP, 1, 3600, "A")
        assert answer["status"] == "Accepted"
        schedule = answer["schedule"]
        assert (schedule["evseId"], schedule["duration"], schedule["chargingRateUnit"]) == (1, 3600, "A")
        periods = schedule["chargingSchedulePeriod"]
        assert [p["limit"] for p in periods] == [10.0, 6.0]
        assert periods[0]["startPeriod"] == 0 and 1700 <= periods[1]["startPeriod"] <= 1800

        # the station maximum (1.6 ChargePointMaxProfile = 2.0.1 ChargingStationMaxProfile) on EVSE 0
        cap = profile16(
            chargingProfileId=8,
            chargingProfilePurpose="ChargePointMaxProfile",
            chargingProfileKind="Relative",
            chargingSchedule={
                "chargingRateUnit": "W",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11000.0}],
            },
        )
        assert await ops.set_charging_profile(CP, 0, cap) == {"status": "Accepted"}
        assert {(p.connector_id, p.purpose) for p in smart.installed} == {
            (1, "TxDefaultProfile"),
            (0, "ChargePointMaxProfile"),
        }
        whole = await ops.get_composite_schedule(CP, 0, 600, "W")
        assert whole["schedule"]["evseId"] == 0
        assert whole["schedule"]["chargingSchedulePeriod"][0]["limit"] == 11000.0
        # a TxProfile without a transaction is refused by the station
        tx = profile16(
            chargingProfileId=9,
            chargingProfilePurpose="TxProfile",
            chargingProfileKind="Relative",
            chargingSchedule={
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 8.0}],
            },
        )
        assert await ops.set_charging_profile(CP, 2, tx) == {"status": "Rejected"}

        # clearing by purpose (translated) and by id; an unknown id is Unknown
        assert await ops.clear_charging_profile(CP, None, 0, "ChargePointMaxProfile") == {
            "status": "Accepted"
        }
        assert [p.purpose for p in smart.installed] == ["TxDefaultProfile"]
        assert await ops.clear_charging_profile(CP, 99) == {"status": "Unknown"}
        assert await ops.clear_charging_profile(CP, 7) == {"status": "Accepted"}
        assert smart.installed == []

        # a TxProfile for a running transaction: our session id becomes its 2.0.1 transactionId
        add_tag(db, "04A2B3C4")
        assert (await ops.remote_start(CP, "04A2B3C4", 2))["status"] == "Accepted"

        def running() -> ChargingSession | None:
            """The session once stored AND followed by the central system (the 2.0.1 handler learns the
            transaction's id when the store has answered, a moment after the row is visible)."""
            with db.session() as s:
                found = s.scalars(
                    select(ChargingSession).where(
                        ChargingSession.charge_point_id == CP, ChargingSession.status == SessionStatus.ACTIVE
                    )
                ).first()
            if found is None or cs.server.charger(CP).transaction_uid(found.id) is None:
                return None
            return found

        session = await wait_until(running, timeout=20)
        tx["transactionId"] = session.id
        assert await ops.set_charging_profile(CP, 2, tx) == {"status": "Accepted"}
        installed = [p for p in smart.installed if p.purpose == "TxProfile"]
        assert len(installed) == 1 and installed[0].profile["transactionId"] == session.transaction_uid
        limited = await ops.get_composite_schedule(CP, 2, 3600, "A")
        assert limited["schedule"]["chargingSchedulePeriod"][0]["limit"] == 8.0
        assert not vc.of(ev.ERROR), [e.text for e in vc.of(ev.ERROR)]


def add_tag(db: Database, tag: str) -> None:
    """Eva Keller with ``tag`` (the station is Public by default: she may charge)."""
    from app.models import IdTag, User

    with db.session() as s:
        if s.scalars(select(IdTag).where(IdTag.id_tag == tag)).first() is None:
            s.add(IdTag(id_tag=tag, user=User(name="Eva Keller")))


async def test_firmware_update_runs_to_installed_and_the_log_arrives(
    central_factory: CentralFactory, db: Database, tmp_path: Path
) -> None:
    cs = await started(central_factory, db)
    firmware = tmp_path / "chargedesk-fw-2.1.0.bin"
    firmware.write_bytes(b"\x7fFW" + bytes(range(256)) * 64)
    recorder = EventRecorder()
    cs.subscribe(recorder, FirmwareStatus, DiagnosticsStatus)
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await booted(vc, cs)
        job = FirmwareJob(cs, CP, firmware, timeout_s=60)
        await job.run()
        assert job.state == DONE, job.message
        statuses = [s.status for s in job.steps]
        assert statuses[0] == "Requested" and job.steps[0].detail.startswith("Accepted: ")
        assert [s for s in statuses if s in ("Downloading", "Downloaded", "Installing", "Installed")] == [
            "Downloading",
            "Downloaded",
            "Installing",
            "Installed",
        ]
        assert job.downloaded == firmware.stat().st_size and job.progress == 4
        # the station's notifications carry the job's requestId; the events are those of 1.6
        notes = await frames_in(cs, "FirmwareStatusNotification")
        assert [n["status"] for n in notes] == ["Downloading", "Downloaded", "Installing", "Installed"]
        assert {n.get("requestId") for n in notes} == {job.request_id}
        assert [e.status for e in recorder.of(FirmwareStatus)] == [
            "Downloading",
            "Downloaded",
            "Installing",
            "Installed",
        ]
        out = await cs.recent_messages(cp_id=CP, action="UpdateFirmware", direction="out")
        request = next(json.loads(r.frame)[3] for r in out if r.message_type == 2)
        assert request["requestId"] == job.request_id and request["firmware"]["location"] == job.url
        await vc.wait_for(
            ev.BOOTED, lambda e: e.data["status"] == "Accepted" and e.data["firmware"] == "2.1.0", timeout=20
        )
        await wait_until(lambda: cs.is_connected(CP), timeout=10)

        diag = DiagnosticsJob(cs, CP, directory=tmp_path / "diag", timeout_s=60)
        await diag.run()
        assert diag.state == DONE, diag.message
        assert diag.file is not None and diag.file.name == diag.file_name  # GetLog's 'filename'
        text = diag.file.read_text()
        assert "OCPP 2.0.1" in text and "firmware 2.1.0" in text
        assert {"Uploading", "Received", "Uploaded"} <= {s.status for s in diag.steps} and diag.progress == 2
        out = await cs.recent_messages(cp_id=CP, action="GetLog", direction="out")
        request = next(json.loads(r.frame)[3] for r in out if r.message_type == 2)
        assert request["logType"] == "DiagnosticsLog" and request["requestId"] == diag.request_id
        logs = await frames_in(cs, "LogStatusNotification")
        assert [n["status"] for n in logs] == ["Uploading", "Uploaded"]
        assert {n.get("requestId") for n in logs} == {diag.request_id}

        # an upload that cannot reach its server: 2.0.1 UploadFailure is 1.6's UploadFailed for the console
        answer = await cs.operations.get_diagnostics(CP, "http://127.0.0.1:9/nowhere", retries=0)
        assert answer["status"] == "Accepted" and answer["filename"].endswith(".log")
        failed = await recorder.wait(DiagnosticsStatus, lambda e: e.status == "UploadFailed", timeout=20)
        assert failed.cp_id == CP
        assert (await frames_in(cs, "LogStatusNotification"))[-1]["status"] == "UploadFailure"


async def test_a_failed_download_is_reported(central_factory: CentralFactory, db: Database) -> None:
    cs = await started(central_factory, db)
    recorder = EventRecorder()
    cs.subscribe(recorder, FirmwareStatus)
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await booted(vc, cs)
        answer = await cs.operations.update_firmware(
            CP, "http://127.0.0.1:9/fw.bin", retries=0, request_id=4711
        )
        assert answer == {"status": "Accepted"}
        await recorder.wait(FirmwareStatus, lambda e: e.status == "DownloadFailed", timeout=20)
        notes = await frames_in(cs, "FirmwareStatusNotification")
        assert notes == [
            {"status": "Downloading", "requestId": 4711},
            {"status": "DownloadFailed", "requestId": 4711},
        ]
        # asked while idle, the station says Idle (without a requestId)
        assert await cs.operations.trigger_message(CP, "FirmwareStatusNotification") == {"status": "Accepted"}
        await recorder.wait(FirmwareStatus, lambda e: e.status == "Idle", timeout=10)
