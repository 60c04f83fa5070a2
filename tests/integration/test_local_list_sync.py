"""Local lists kept in sync (issue 17, app.services.chargers.local_sync): the real central system on 127.0.0.1, the
charger simulator (1.6 and 2.0.1), the real database (SQLite and PostgreSQL).

A charger that connects gets its station's list (Full); a card blocked, added or a user blocked afterwards reaches it
as a Differential update; a charger that was away gets what changed meanwhile at reconnect, one whose list was lost
a Full list; edits in a row are one update; the charger's message sizes split an update and its list size cuts it;
a charger without local list support is sent nothing and flagged."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.models import Charger, IdTag, Station, StationOwner, TagStatus, User
from app.services.admin.users import UsersService
from app.services.central.system import CentralSystem
from app.services.chargers.local_sync import diff_entries, parse_limits, sync_status
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.widgets.local_list_text import describe
from tests.helpers.ocpp import CentralFactory, add_station, wait_until
from tests.helpers.processes import serve_process

CPID = "HALL-B-1"
FAST = {"speed": 60.0, "seed": 3, "first_idle_s": (0.0, 0.1), "reconnect_initial_s": 0.05}


def people(db: Database, *names: str, owner: str | None = None) -> None:
    """A user per name with one card ``NAME0001`` (upper case); ``owner`` owns the station."""
    with db.session() as s:
        for name in names:
            user = User(name=name)
            user.tags = [IdTag(id_tag=f"{name.upper()}0001")]
            s.add(user)
            if name == owner:
                st = s.scalars(select(Station).where(Station.charge_point_id == CPID)).one()
                st.owners = [StationOwner(user=user)]


def set_tag(db: Database, id_tag: str, status: TagStatus) -> None:
    with db.session() as s:
        s.scalars(select(IdTag).where(IdTag.id_tag == id_tag)).one().status = status


def charger_row(db: Database) -> Charger:
    with db.session() as s:
        row = s.scalars(select(Charger).where(Charger.charge_point_id == CPID)).one()
        s.expunge(row)
        return row


def supported(db: Database) -> bool | None:
    with db.session() as s:
        return s.scalar(select(Charger.ll_supported).where(Charger.charge_point_id == CPID))


async def started(central_factory: CentralFactory) -> CentralSystem:
    cs = await central_factory(call_timeout_s=5)
    cs.local_lists.debounce_s = 0.05
    return cs


async def synced(cs: CentralSystem) -> None:
    """What the hosts do when the configuration stamp's notification arrives; then the sync's work done."""
    await cs.refresh_stations()
    await cs.local_lists.idle()


async def sent_lists(cs: CentralSystem) -> list[dict[str, Any]]:
    rows = await cs.recent_messages(action="SendLocalList", direction="out")
    return [json.loads(r.frame)[3] for r in reversed(rows) if r.message_type == 2]


def held(vc: VirtualCharger) -> dict[str, str]:
    return {tag: str(info.get("status")) for tag, info in vc.charger.local_list.items()}


async def test_connect_sends_the_full_list_then_changes_go_as_differential_updates(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, CPID)  # no access plan: Public at all times, every registered user is in
    people(db, "Anna", "Eva", "Max")
    cs = await started(central_factory)
    async with VirtualCharger(cs.url, CPID, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        assert held(vc) == {"ANNA0001": "Accepted", "EVA0001": "Accepted", "MAX0001": "Accepted"}
        await cs.local_lists.idle()
        row = charger_row(db)
        assert (row.ll_supported, row.ll_version, row.ll_ok) == (True, 1, True)

        set_tag(db, "EVA0001", TagStatus.BLOCKED)
        with db.session() as s:
            s.add(IdTag(id_tag="ANNA0002", user=s.scalars(select(User).where(User.name == "Anna")).one()))
        await synced(cs)
        assert vc.charger.local_list_version == 2
        assert held(vc) == {"ANNA0001": "Accepted", "ANNA0002": "Accepted", "MAX0001": "Accepted"}
        full, diff = await sent_lists(cs)
        assert (full["updateType"], len(full["localAuthorizationList"])) == ("Full", 3)
        assert diff == {
            "listVersion": 2,
            "updateType": "Differential",
            "localAuthorizationList": [
                {"idTag": "ANNA0002", "idTagInfo": {"status": "Accepted"}},
                {"idTag": "EVA0001"},
            ],
        }
        status = (await cs.store.run(lambda s: sync_status(s, [CPID])))[CPID]
        assert (status.version, status.entries, status.ok, status.flagged) == (2, 3, True, False)
        assert describe(status.outcome) == (
            "Differential update accepted (version 2): 1 added or changed, 1 removed — authorization cache cleared"
        )

        # nothing changed: nothing is sent
        before = cs.local_lists.sends
        await synced(cs)
        assert cs.local_lists.sends == before

        # someone sends a list of their own (the Operations tab): its version is not ours, the whole list again
        other = [{"idTag": "STRANGER1", "idTagInfo": {"status": "Accepted"}}]
        assert await cs.operations.send_local_list(CPID, 7, "Full", other) == {"status": "Accepted"}
        await synced(cs)
        assert vc.charger.local_list_version == 8
        assert held(vc) == {"ANNA0001": "Accepted", "ANNA0002": "Accepted", "MAX0001": "Accepted"}
        assert (await sent_lists(cs))[-1]["updateType"] == "Full"


async def test_reconnect_gets_what_changed_meanwhile_and_a_lost_list_the_whole_list(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, CPID)
    people(db, "Anna", "Eva", "Max")
    cs = await started(central_factory)
    async with VirtualCharger(cs.url, CPID, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        await cs.local_lists.idle()
    set_tag(db, "MAX0001", TagStatus.BLOCKED)  # while the charger is away
    await synced(cs)  # it is not connected: nothing is sent
    # the same charger comes back with the list it kept (a new connection of the same charger state)
    vc2 = VirtualCharger(cs.url, CPID, **FAST)
    vc2.charger.local_list = dict(vc.charger.local_list)
    vc2.charger.local_list_version = vc.charger.local_list_version
    async with vc2:
        await wait_until(lambda: vc2.charger.local_list_version == 2, timeout=10)
        assert held(vc2) == {"ANNA0001": "Accepted", "EVA0001": "Accepted"}
        assert (await sent_lists(cs))[-1]["updateType"] == "Differential"
    # a charger that lost its list (replaced, reset to factory settings): version 0, not ours: the whole list
    async with VirtualCharger(cs.url, CPID, **FAST) as vc3:
        await wait_until(lambda: vc3.charger.local_list_version > 0, timeout=10)
        assert held(vc3) == {"ANNA0001": "Accepted", "EVA0001": "Accepted"}
        last = (await sent_lists(cs))[-1]
        assert last["updateType"] == "Full" and last["listVersion"] == 3


async def test_edits_in_a_row_are_one_update_through_the_configuration_stamp(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, CPID)
    people(db, "Anna", "Eva", "Max", "Tom", "Ina")
    cs = await started(central_factory)
    cs.local_lists.debounce_s = 1.0
    async with VirtualCharger(cs.url, CPID, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        await cs.local_lists.idle()
        before = cs.local_lists.sends
        for tag in ("EVA0001", "MAX0001", "TOM0001", "INA0001"):  # four saves, four commits
            set_tag(db, tag, TagStatus.BLOCKED)
            cs.local_lists.configuration_changed()  # as each save's notification would
        # and nobody tells it the last one: the stamp it watches does
        set_tag(db, "ANNA0001", TagStatus.BLOCKED)
        await wait_until(lambda: not vc.charger.local_list, timeout=15)
        await cs.local_lists.idle()
        assert cs.local_lists.sends - before <= 2  # the four in one, the stamp's at most one more
        diff = (await sent_lists(cs))[-1 - (cs.local_lists.sends - before - 1)]
        assert diff["updateType"] == "Differential" and len(diff["localAuthorizationList"]) >= 4


async def test_message_and_list_sizes_split_and_cut_owners_first(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, CPID)
    people(db, "Anna", "Eva", "Max", "Tom", "Zoe", owner="Zoe")
    cs = await started(central_factory)
    config = {"SendLocalListMaxLength": "2", "LocalAuthListMaxLength": "4"}
    async with VirtualCharger(cs.url, CPID, config=config, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 2, timeout=10)
        await cs.local_lists.idle()
        assert len(vc.charger.local_list) == 4 and "ZOE0001" in vc.charger.local_list  # the owner is kept
        first, second = await sent_lists(cs)
        assert (first["updateType"], first["listVersion"], len(first["localAuthorizationList"])) == (
            "Full",
            1,
            2,
        )
        assert (second["updateType"], second["listVersion"]) == ("Differential", 2)
        status = (await cs.store.run(lambda s: sync_status(s, [CPID])))[CPID]
        assert status.ok and status.version == 2
        assert "1 tag left out: the charger holds at most 4 (LocalAuthListMaxLength)" in describe(
            status.outcome
        )


async def test_a_charger_without_local_list_support_is_sent_nothing_and_flagged(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, CPID)
    people(db, "Anna")
    cs = await started(central_factory)
    no_profile = {"SupportedFeatureProfiles": "Core,FirmwareManagement,RemoteTrigger"}
    for config, words in (
        (no_profile, "has no local authorization list"),
        ({"LocalAuthListEnabled": "false"}, "Local list disabled on the charger"),
    ):
        async with VirtualCharger(cs.url, CPID, config=config, **FAST) as vc:
            await wait_until(lambda: supported(db) is False, timeout=10)
            await cs.local_lists.idle()
            assert vc.charger.local_list_version == 0 and not vc.charger.local_list
            status = (await cs.store.run(lambda s: sync_status(s, [CPID])))[CPID]
            assert status.flagged and words in describe(status.outcome)
        with db.session() as s:  # the next charger starts unknown
            s.scalars(select(Charger).where(Charger.charge_point_id == CPID)).one().ll_supported = None
    assert await sent_lists(cs) == []


async def test_a_2_0_1_station_is_kept_in_sync_too(db: Database, central_factory: CentralFactory) -> None:
    add_station(db, CPID)
    with db.session() as s:
        s.scalars(select(Station).where(Station.charge_point_id == CPID)).one().ocpp_version = "2.0.1"
    people(db, "Anna", "Eva")
    cs = await started(central_factory)
    async with VirtualCharger(cs.url, CPID, ocpp="2.0.1", **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        assert set(vc.charger.local_list) == {"ANNA0001", "EVA0001"}
        set_tag(db, "EVA0001", TagStatus.BLOCKED)
        await synced(cs)
        assert set(vc.charger.local_list) == {"ANNA0001"} and vc.charger.local_list_version == 2
        last = (await sent_lists(cs))[-1]
        assert last["updateType"] == "Differential" and last["versionNumber"] == 2
        assert last["localAuthorizationList"] == [{"idToken": {"idToken": "EVA0001", "type": "ISO14443"}}]


def test_differential_and_limits_are_read_as_the_charger_says() -> None:
    held_ = {"A": {"status": "Accepted"}, "B": {"status": "Accepted"}}
    wanted = {
        "A": {"status": "Accepted", "expiryDate": "2027-01-01T00:00:00.000Z"},
        "C": {"status": "Accepted"},
    }
    assert diff_entries(held_, wanted) == [
        {"idTag": "A", "idTagInfo": {"status": "Accepted", "expiryDate": "2027-01-01T00:00:00.000Z"}},
        {"idTag": "C", "idTagInfo": {"status": "Accepted"}},
        {"idTag": "B"},
    ]
    assert diff_entries(wanted, wanted) == []
    v16 = parse_limits(
        {
            "SupportedFeatureProfiles": "Core, LocalAuthListManagement",
            "LocalAuthListEnabled": "True",
            "LocalAuthListMaxLength": "500",
            "SendLocalListMaxLength": "x",
        },
        "1.6",
    )
    assert (v16.supported, v16.enabled, v16.max_entries, v16.per_message) == (True, True, 500, None)
    v201 = parse_limits({"LocalAuthListCtrlr.Enabled": "false", "LocalAuthListCtrlr.Entries": "10"}, "2.0.1")
    assert (v201.supported, v201.enabled, v201.max_entries) == (True, False, 10)
    assert not parse_limits({}, "2.0.1").supported


async def test_a_card_blocked_while_serve_runs_is_refused_offline_once_serve_is_gone(
    pg_url: str, tmp_path: Path
) -> None:
    """The issue's proof: a card blocked at 17:00 is refused at 17:01 by a charger working offline from its local
    list. ``chargedesk serve`` is a real process on the shared PostgreSQL; the card is blocked through the users
    service as a console would (this test's own store on the same database); serve hears of it by the
    configuration stamp's notification and sends the charger a Differential update; serve is then killed and the
    charger, authorizing locally (LocalAuthorizeOffline), refuses the blocked card and accepts one still allowed —
    although it had authorized the blocked card online earlier (its authorization cache was cleared)."""
    db = Database(pg_url)
    try:
        seed = Database(pg_url)
        add_station(seed, CPID)
        people(seed, "Anna", "Eva")
        seed.dispose()
        async with serve_process(pg_url, tmp_path) as (serve, ws_url):
            async with VirtualCharger(ws_url, CPID, **FAST) as vc:
                await wait_until(lambda: vc.charger.local_list_version == 1, timeout=30)
                assert await vc.charger.authorize("EVA0001") == "Accepted"  # online; now in its cache too

                users = UsersService(Store(db))
                with db.session() as s:
                    eva_id = s.scalars(select(User.id).where(User.name == "Eva")).one()
                form = users.load(eva_id)
                base = copy.deepcopy(form)
                form.tags[0].status = TagStatus.BLOCKED
                users.save(form, base=base)

                await wait_until(lambda: "EVA0001" not in vc.charger.local_list, timeout=30)
                assert vc.charger.local_list_version == 2 and "ANNA0001" in vc.charger.local_list
                await wait_until(lambda: not vc.charger.auth_cache, timeout=10)

                serve.kill()  # the console and serve gone: the charger is on its own
                await serve.wait()
                await wait_until(lambda: not vc.online, timeout=30)
                assert await vc.charger.authorize("EVA0001") == "Invalid"
                assert await vc.charger.authorize("ANNA0001") == "Accepted"
                lines = [e.line for e in vc.of(ev.AUTHORIZED)][-2:]
                assert lines == [
                    f"{CPID} tag EVA0001 authorized offline: Invalid",
                    f"{CPID} tag ANNA0001 authorized offline: Accepted",
                ]
    finally:
        db.dispose()


async def test_the_simulator_refuses_offline_a_local_entry_past_its_expiry_date() -> None:
    """An entry's expiryDate travels with it (a tag's or a grant's end): a charger offline after it treats the
    card as Expired (OCPP 1.6 IdTagInfo.expiryDate), before it as Accepted."""
    vc = VirtualCharger("ws://127.0.0.1:9/ocpp/", CPID, **FAST)  # never started: offline throughout
    ch = vc.charger
    status = ch.send_local_list(
        1,
        "Full",
        [
            {
                "idTag": "LENA0001",
                "idTagInfo": {"status": "Accepted", "expiryDate": "2020-01-01T00:00:00.000Z"},
            },
            {"idTag": "EVA0001", "idTagInfo": {"status": "Accepted", "expiryDate": "2999-01-01T00:00:00Z"}},
        ],
    )
    assert status == "Accepted"
    assert await ch.authorize("LENA0001") == "Expired"
    assert await ch.authorize("EVA0001") == "Accepted"


async def test_a_charger_that_lets_unknown_cards_in_offline_holds_blocked_cards_as_blocked(
    db: Database, central_factory: CentralFactory
) -> None:
    """A charger with AllowOfflineTxForUnknownId (2.0.1 OfflineTxForUnknownIdEnabled) lets any card it does not know
    charge while the central system is gone: a blocked card taken out of its list would open it. Such a charger
    holds the site's blocked cards as Blocked (a tag blocked, a user's account blocked, on any station), first
    when its list is cut, and its authorization cache is cleared; offline it refuses them, while a card unknown to
    it still charges (its own setting)."""
    add_station(db, CPID)
    people(db, "Anna", "Eva", "Max", "Tom")
    cs = await started(central_factory)
    config = {"AllowOfflineTxForUnknownId": "true", "LocalAuthListMaxLength": "3"}
    async with VirtualCharger(cs.url, CPID, config=config, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        await cs.local_lists.idle()
        assert len(vc.charger.local_list) == 3  # four cards, three fit

        set_tag(db, "EVA0001", TagStatus.BLOCKED)
        with db.session() as s:
            s.scalars(select(User).where(User.name == "Tom")).one().active = False
        assert await vc.charger.authorize("EVA0001") == "Blocked"  # online: the central system refuses it
        vc.charger.auth_cache["MAX0001"] = "Accepted"
        await synced(cs)
        assert held(vc)["EVA0001"] == "Blocked" and held(vc)["TOM0001"] == "Blocked"
        assert len(vc.charger.local_list) == 3  # the blocked ones kept, an allowed one left out
        assert not vc.charger.auth_cache
        status = (await cs.store.run(lambda s: sync_status(s, [CPID])))[CPID]
        assert (
            status.ok and json.loads(status.outcome)["cut"] == 1
        )  # two blocked first, then one allowed of two

    # the same charger on its own: the blocked cards refused, a card it does not know let in
    alone = VirtualCharger("ws://127.0.0.1:9/ocpp/", CPID, config=config, **FAST)  # never started: offline
    alone.charger.local_list = dict(vc.charger.local_list)
    assert await alone.charger.authorize("EVA0001") == "Blocked"
    assert await alone.charger.authorize("TOM0001") == "Blocked"
    assert await alone.charger.authorize("STRANGER1") == "Accepted"


async def test_a_charger_that_refuses_unknown_cards_offline_gets_no_blocked_entries(
    db: Database, central_factory: CentralFactory
) -> None:
    """Without AllowOfflineTxForUnknownId (the default) a card not in the list is refused offline anyway: blocked
    cards are taken out of the list, which then holds only who may charge (room for more of them)."""
    add_station(db, CPID)
    people(db, "Anna", "Eva")
    cs = await started(central_factory)
    async with VirtualCharger(cs.url, CPID, **FAST) as vc:
        await wait_until(lambda: vc.charger.local_list_version == 1, timeout=10)
        set_tag(db, "EVA0001", TagStatus.BLOCKED)
        await synced(cs)
        assert held(vc) == {"ANNA0001": "Accepted"}
