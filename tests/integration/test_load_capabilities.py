"""What a charger's smart charging accepts (app.services.load.capabilities), found out against simulated chargers of
each kind over real sockets (1.6 and 2.0.1, a mixed fleet on one central system), stored in ``chargers.sc_*`` (SQLite
and PostgreSQL), and the profiles of app.services.load.profiles delivered to them; the commissioning step's text."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.db import Database
from app.models import Connector, IdTag, Station, User
from app.services.chargers import commissioning as com
from app.services.load.capabilities import (
    UNKNOWN,
    ensure_known,
    find_out,
    load_capabilities,
    store_capabilities,
    try_tx_profile,
)
from app.services.load.profiles import (
    CP_MAX,
    TX,
    TX_DEFAULT,
    NotDeliverable,
    composite_limit,
    failsafe_delivery,
    limit_delivery,
    stack_levels,
    verify,
)
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, add_station, wait_until

QUICK = {"reconnect_initial_s": 0.05, "seed": 3}
DRIVERS = ("DRIVER-01", "DRIVER-02")
ALL = {CP_MAX, TX_DEFAULT, TX}

# kind -> (simulator settings, purposes, units, maximum stack level, managed)
KINDS: dict[str, tuple[dict[str, Any], set[str], set[str], int | None, bool]] = {
    "FULL": ({}, ALL, {"A", "W"}, 10, True),
    "NOCPMAX": ({"profile_purposes": "TxDefaultProfile,TxProfile"}, {TX_DEFAULT, TX}, {"A", "W"}, 10, True),
    # a transaction runs on these two: the TxProfile is tried, and refused by the TxDefaultProfile-only one
    "DEFAULT": ({"profile_purposes": "TxDefaultProfile"}, {TX_DEFAULT}, {"A", "W"}, 10, True),
    "WATTS": ({"config": {"ChargingScheduleAllowedChargingRateUnit": "Power"}}, ALL, {"W"}, 10, True),
    "LOWSTACK": ({"config": {"ChargeProfileMaxStackLevel": "1"}}, ALL, {"A", "W"}, 1, True),
    "NONE": ({"profile_purposes": ""}, set(), {"A", "W"}, 10, False),
    "NOSC": ({"config": {"SupportedFeatureProfiles": "Core,RemoteTrigger"}}, set(), {"A", "W"}, 10, False),
}
NOTES = {
    "NONE": "rejects every charging profile",
    "NOSC": "SmartCharging not among its feature profiles",
}


def fleet_station(db: Database, cp_id: str) -> None:
    add_station(db, cp_id, connectors=2)
    with db.session() as s:
        station = s.query(Station).filter_by(charge_point_id=cp_id).one()
        for c in s.query(Connector).filter_by(station_id=station.id):
            c.max_current_a = 16.0  # the probe's harmless limit: the connector's own maximum


def driver(db: Database) -> None:
    with db.session() as s:
        user = User(name="Eva Keller", email="eva.keller@example.ch")
        user.tags = [IdTag(id_tag=tag, label="card") for tag in DRIVERS]
        s.add(user)


def set_profiles(vc: VirtualCharger) -> int:
    return sum(
        1 for e in vc.events if e.kind == ev.OPERATION and e.data.get("action") == "SetChargingProfile"
    )


@pytest.mark.parametrize("version", ["1.6", "2.0.1"])
async def test_a_mixed_fleet_found_out_stored_and_limited(
    db: Database, central_factory: CentralFactory, version: str
) -> None:
    cs = await central_factory("pending", call_timeout_s=5)
    driver(db)
    chargers: dict[str, VirtualCharger] = {}
    for kind, (settings, *_rest) in KINDS.items():
        cp_id = f"{kind}-{version}"
        fleet_station(db, cp_id)
        chargers[kind] = VirtualCharger(cs.url, cp_id, connectors=2, ocpp=version, **QUICK, **settings)
    try:
        for vc in chargers.values():
            await vc.start()
        for vc in chargers.values():
            await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        busy, full = chargers["DEFAULT"], chargers["FULL"]
        for vc, tag in ((busy, DRIVERS[0]), (full, DRIVERS[1])):
            await wait_until(lambda vc=vc: vc.online)  # its statuses sent: a card is authorised online
            assert vc.present_card(tag, 1) == "starting"
            await vc.wait_for(ev.STARTED)
        tx_id, tx_full = await _running(cs, busy.cp_id), await _running(cs, full.cp_id)

        outcomes = dict(
            zip(
                chargers,
                await asyncio.gather(*(find_out(cs, vc.cp_id) for vc in chargers.values())),
                strict=True,
            )
        )
        for kind, (_settings, purposes, units, max_stack, managed) in KINDS.items():
            vc, out = chargers[kind], outcomes[kind]
            caps = out.caps
            assert (set(caps.purposes), set(caps.units), caps.managed) == (purposes, units, managed), kind
            if kind != "NOSC":
                assert caps.max_stack == max_stack and caps.max_periods == 24, kind
            assert vc.charger.smart.installed == [], kind  # every probe cleared
            with db.session() as s:
                stored = load_capabilities(s, vc.cp_id)
            assert stored == caps and caps.checked_at is not None, kind
            if not managed:
                assert caps.note == NOTES[kind] or (
                    kind == "NOSC" and version == "2.0.1" and "not available" in caps.note
                )
                with pytest.raises(NotDeliverable):
                    limit_delivery(
                        caps, connector_id=1, limit_a=10, phases=3, transaction_id=None, profile_id=9
                    )
                continue
            assert out.verified is True, kind  # GetCompositeSchedule showed the probe's limit in force
            # the fail-safe below the limit, both taken; the limit is what the charger reports in force
            safe = failsafe_delivery(caps, connector_id=2, limit_a=8, phases=3, profile_id=101)
            limit = limit_delivery(
                caps, connector_id=2, limit_a=10, phases=3, transaction_id=None, profile_id=102
            )
            assert (safe.stack_level, limit.stack_level) == stack_levels(caps)
            for d in (safe, limit):
                answer = await cs.operations.set_charging_profile(vc.cp_id, d.connector_id, d.profile)
                assert answer["status"] == "Accepted", (kind, d)
            assert await verify(cs.operations, vc.cp_id, limit), kind
            shown = await composite_limit(cs.operations, vc.cp_id, 2, limit.unit)
            assert shown == (10.0 if limit.unit == "A" else 6900.0), kind
            await cs.operations.clear_charging_profile(vc.cp_id, 102)
            assert await composite_limit(cs.operations, vc.cp_id, 2, safe.unit) == safe.limit, kind
        # the TxDefaultProfile-only charger: the running transaction's limit as its connector's default
        caps = outcomes["DEFAULT"].caps
        assert outcomes["DEFAULT"].answers[TX] == "Rejected"
        d = limit_delivery(caps, connector_id=1, limit_a=10, phases=3, transaction_id=tx_id, profile_id=103)
        assert d.purpose == TX_DEFAULT
        assert (await cs.operations.set_charging_profile(busy.cp_id, 1, d.profile))["status"] == "Accepted"
        # a charger that takes TxProfiles (tried on its transaction) gets the transaction's limit as one (2.0.1:
        # its transactionId)
        assert outcomes["FULL"].answers[TX] == "Accepted"
        d = limit_delivery(
            outcomes["FULL"].caps, connector_id=1, limit_a=7, phases=3, transaction_id=tx_full, profile_id=104
        )
        assert d.purpose == TX
        assert (await cs.operations.set_charging_profile(full.cp_id, 1, d.profile))["status"] == "Accepted"
        assert await composite_limit(cs.operations, full.cp_id, 1, "A") == 7.0
    finally:
        await asyncio.gather(*(vc.stop() for vc in chargers.values()))


async def _running(cs: Any, cp_id: str) -> int:
    """The transaction the central system follows on ``cp_id`` (once its StartTransaction is through)."""

    def active() -> Any:
        state = cs.backend.states.get(cp_id)
        return next(iter(state.active.values()), None) if state is not None else None

    return int((await wait_until(active)).transaction_id)


async def test_found_out_once_at_boot_and_by_commissioning(
    db: Database, central_factory: CentralFactory
) -> None:
    cs = await central_factory("pending", call_timeout_s=5)
    for cp_id in ("BOOT-1", "NOCP-1", "NONE-1"):
        fleet_station(db, cp_id)
    boot = VirtualCharger(cs.url, "BOOT-1", connectors=2, **QUICK)
    nocp = VirtualCharger(
        cs.url, "NOCP-1", connectors=2, profile_purposes="TxDefaultProfile,TxProfile", **QUICK
    )
    none = VirtualCharger(cs.url, "NONE-1", connectors=1, profile_purposes="", **QUICK)
    async with boot, nocp, none:
        for vc in (boot, nocp, none):
            await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        # unknown: found out (probing) and stored; known: read, nothing sent
        with db.session() as s:
            assert load_capabilities(s, "BOOT-1") == UNKNOWN
        caps = await ensure_known(cs, "BOOT-1")
        assert caps.managed and caps.checked_at is not None and set_profiles(boot) > 0
        sent = set_profiles(boot)
        assert await ensure_known(cs, "BOOT-1") == caps and set_profiles(boot) == sent
        # forgotten: found out again at the next boot
        await cs.store.run(lambda s: store_capabilities(s, "BOOT-1", UNKNOWN))
        assert (await ensure_known(cs, "BOOT-1")).managed and set_profiles(boot) > sent
        # an offline charger stays unknown (found out at its next boot)
        assert await ensure_known(cs, "NOT-HERE") == UNKNOWN

        # the commissioning step runs discover + probe, stores it and says it
        options = com.ChecklistOptions(test_charge=False)
        result = await com.Checklist(cs, "NOCP-1", options).run()
        step = next(x for x in result.steps if x.key == "smart_charging")
        assert step.result == com.PASS, step.detail
        assert step.detail == (
            "Accepts TxDefaultProfile and TxProfile in A and W, stack levels 0–10, 24 periods per schedule; "
            "ChargePointMaxProfile rejected; GetCompositeSchedule shows the limit in force; TxProfile taken for "
            "accepted (no transaction ran to try it). Load management can limit this charger."
        )
        assert step.data["answers"] == {TX_DEFAULT: "Accepted", CP_MAX: "Rejected"}
        with db.session() as s:
            assert load_capabilities(s, "NOCP-1").purposes == {TX_DEFAULT, TX}
        result = await com.Checklist(cs, "NONE-1", options).run()
        step = next(x for x in result.steps if x.key == "smart_charging")
        assert step.result == com.WARN
        assert step.detail == (
            "Rejects every charging profile: load management cannot limit this charger; it always charges at "
            "full power, which is reserved on its circuit."
        )
        with db.session() as s:
            stored = load_capabilities(s, "NONE-1")
        assert not stored.managed and stored.note == "rejects every charging profile"

        # a charger that holds one profile: probed one at a time (all accepted), and the step warns
        fleet_station(db, "ONE-1")
        one = VirtualCharger(
            cs.url, "ONE-1", connectors=1, config={"MaxChargingProfilesInstalled": "1"}, **QUICK
        )
        async with one:
            await one.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
            result = await com.Checklist(cs, "ONE-1", options).run()
        step = next(x for x in result.steps if x.key == "smart_charging")
        assert step.result == com.WARN and step.data["purposes"] == sorted(ALL), step.detail
        assert step.detail.endswith(
            "it holds only 1 charging profile (MaxChargingProfilesInstalled): a limit replaces its fail-safe, which "
            "is not kept while the central system is away."
        )


async def test_a_txprofile_taken_for_accepted_is_tried_on_a_transaction(
    db: Database, central_factory: CentralFactory
) -> None:
    cs = await central_factory("pending", call_timeout_s=5)
    driver(db)
    fleet_station(db, "ONLY-1")
    async with VirtualCharger(
        cs.url, "ONLY-1", connectors=2, profile_purposes="TxDefaultProfile", **QUICK
    ) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        caps = await ensure_known(cs, "ONLY-1")
        assert caps.purposes == {TX_DEFAULT, TX}  # no transaction ran: TxProfile not tried
        await wait_until(lambda: vc.online)
        assert vc.present_card(DRIVERS[0], 2) == "starting"
        await vc.wait_for(ev.STARTED)
        tx_id = await _running(cs, "ONLY-1")
        assert await try_tx_profile(cs, "ONLY-1", 2, tx_id) == "Rejected"
        with db.session() as s:
            stored = load_capabilities(s, "ONLY-1")
        assert stored.purposes == {TX_DEFAULT} and stored.managed
        assert await try_tx_profile(cs, "ONLY-1", 2, tx_id) is None  # known now: not tried again
        assert vc.charger.smart.installed == []


def test_simulate_plays_the_chargers_load_management_meets() -> None:
    import argparse
    import io

    from app.simulator.cli import UsageError, add_arguments, build_chargers

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args(
        [
            "--url",
            "ws://127.0.0.1:9000/ocpp/W",
            "--profile-purposes",
            "TxDefaultProfile",
            "--config",
            "ChargingScheduleAllowedChargingRateUnit=Power",
            "--config",
            "ChargeProfileMaxStackLevel=1",
        ]
    )
    (vc,) = build_chargers(args, io.StringIO())
    assert (
        vc.options.purposes == {TX_DEFAULT} and vc.charger.config.integer("ChargeProfileMaxStackLevel") == 1
    )
    assert (
        parser.parse_args(["--url", "ws://h:1/ocpp/X"]).profile_purposes
        == "ChargePointMaxProfile,TxDefaultProfile,TxProfile"
    )
    with pytest.raises(UsageError, match="profile purposes Bogus"):
        build_chargers(
            parser.parse_args(["--url", "ws://h:1/ocpp/X", "--profile-purposes", "Bogus"]), io.StringIO()
        )
