"""Operator accounts, log-in with lock-out (an injected clock), and the role enforced at the service boundary:
every service method that changes something refuses a viewer (and a technician where it is not theirs) before
doing anything, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Operator, OperatorRole
from app.services.admin.access_plans import GrantForm, PlanForm
from app.services.admin.catalog import SiteForm, TariffForm
from app.services.admin.circuits import CircuitForm, LoadSettingsForm
from app.services.admin.operators import (
    LOCK_MINUTES,
    MAX_FAILURES,
    REQUIRE_LOGIN,
    LastManager,
    LoginFailed,
    NewOperator,
    OperatorsService,
)
from app.services.admin.passwords import is_hash
from app.services.admin.stations import StationForm
from app.services.admin.users import UserForm
from app.services.api import AppServices
from app.services.chargers.commissioning import AcceptForm, ChecklistOptions
from app.services.chargers.operations import Operations
from app.services.chargers.virtual_fleet import VirtualSpec
from app.services.roles import NotAllowed, Principal, local_principal
from app.services.store import Store
from app.services.validation import FormError

FAST = 1_000  # PBKDF2 iterations in tests (the stored hash says its count)
PASSWORD = "correct horse 1"
T0 = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ops(db: Database, clock: Clock) -> Iterator[OperatorsService]:
    store = Store(db)
    yield OperatorsService(store, clock=clock, iterations=FAST, machine="desk-1")
    store.close()


def _new(username: str, role: OperatorRole = OperatorRole.MANAGER, password: str = PASSWORD) -> NewOperator:
    return NewOperator(username, f"{username.title()} Meier", role, password, password)


def _audit(db: Database) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_first_manager_logs_in_and_the_password_is_only_hashed(db: Database, ops: OperatorsService) -> None:
    assert not ops.has_operators()
    me = ops.create_first_manager(_new("Anna"))
    assert (me.username, me.role, me.machine, me.logged_in) == ("Anna", OperatorRole.MANAGER, "desk-1", True)
    assert ops.principal == me
    with pytest.raises(FormError, match="has operators already"):
        ops.create_first_manager(_new("eve"))
    with db.session() as s:
        row = s.scalars(select(Operator)).one()
        assert is_hash(row.password_hash) and PASSWORD not in row.password_hash
    entries = _audit(db)
    assert [(e.entity, e.entity_id, e.action, e.machine) for e in entries] == [
        ("operator", "Anna", "create", "desk-1"),
        ("operator", "Anna", "login", "desk-1"),
    ]
    for e in entries:  # never the password, not even hashed
        assert PASSWORD not in str(e.changes) and "pbkdf2" not in str(e.changes)


def test_usernames_are_case_insensitive_and_passwords_need_ten_characters(ops: OperatorsService) -> None:
    ops.add(_new("anna"))
    with pytest.raises(FormError) as refused:
        ops.add(NewOperator("ANNA", "", OperatorRole.VIEWER, "short", "other"))
    assert set(refused.value.problems) == {"username", "password", "repeat"}
    with pytest.raises(FormError) as refused:
        ops.add(NewOperator("bob", "", OperatorRole.VIEWER, "long enough pw", "long enough pX"))
    assert set(refused.value.problems) == {"repeat"}
    assert ops.login("ANNA", PASSWORD).username == "anna"


def test_unknown_user_and_wrong_password_get_the_same_answer(db: Database, ops: OperatorsService) -> None:
    ops.add(_new("anna"))
    with pytest.raises(LoginFailed) as unknown:
        ops.login("nobody", PASSWORD)
    with pytest.raises(LoginFailed) as wrong:
        ops.login("anna", "not the password")
    assert str(unknown.value) == str(wrong.value) == "Unknown username or wrong password."
    assert [e.action for e in _audit(db)][-2:] == ["login_failed", "login_failed"]
    assert ops.principal == local_principal()  # nobody logged in


def test_lock_out_after_repeated_failures_until_the_time_said(
    db: Database, ops: OperatorsService, clock: Clock
) -> None:
    ops.add(_new("anna"))
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed, match=r"wrong password\.$"):
            ops.login("anna", "wrong password")
    with pytest.raises(LoginFailed, match="now locked until") as locked:
        ops.login("anna", "wrong password")
    until = T0 + dt.timedelta(minutes=LOCK_MINUTES)
    assert f"{until.astimezone():%H:%M} (local time)" in str(locked.value)
    clock.now = until - dt.timedelta(seconds=1)
    with pytest.raises(LoginFailed, match="locked after 5 wrong passwords until"):
        ops.login("anna", PASSWORD)  # the right password does not open a locked account
    clock.now = until
    assert ops.login("anna", PASSWORD).username == "anna"
    with db.session() as s:
        row = s.scalars(select(Operator)).one()
        assert (row.failed_attempts, row.locked_until, row.last_login_at) == (0, None, until)
    assert "lockout" in [e.action for e in _audit(db)]


def test_a_good_login_resets_the_count(ops: OperatorsService) -> None:
    ops.add(_new("anna"))
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed):
            ops.login("anna", "wrong password")
    ops.login("anna", PASSWORD)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(LoginFailed, match=r"wrong password\.$"):
            ops.login("anna", "wrong password")


def test_unlock_reset_deactivate(ops: OperatorsService) -> None:
    ops.add(_new("anna"))
    ops.add(_new("tom", OperatorRole.TECHNICIAN))
    for _ in range(MAX_FAILURES):
        with pytest.raises(LoginFailed):
            ops.login("tom", "wrong password")
    ops.unlock("tom")
    assert ops.login("tom", PASSWORD).role == OperatorRole.TECHNICIAN
    ops.store.principal = local_principal()
    ops.reset_password("tom", "a new password", "a new password")
    with pytest.raises(LoginFailed):
        ops.login("tom", PASSWORD)
    ops.deactivate("tom")
    with pytest.raises(LoginFailed, match="deactivated"):
        ops.login("tom", "a new password")  # even with the right password
    assert [(r.username, r.active) for r in ops.accounts()] == [("anna", True), ("tom", False)]


def test_the_last_active_manager_stays(ops: OperatorsService) -> None:
    ops.add(_new("anna"))
    with pytest.raises(LastManager):
        ops.deactivate("anna")
    me = ops.login("anna", PASSWORD)
    with pytest.raises(LastManager):
        ops.set_role("anna", OperatorRole.VIEWER)  # never demote yourself to lose the last manager
    ops.add(_new("ben"))
    ops.set_role("anna", OperatorRole.VIEWER)
    assert ops.principal.role == OperatorRole.VIEWER and ops.principal.username == me.username
    with pytest.raises(NotAllowed, match=r"Anna Meier \(viewer\) may not manage operators"):
        ops.set_role("anna", OperatorRole.MANAGER)


def test_login_is_required_on_postgresql_and_switched_on_sqlite(db: Database, ops: OperatorsService) -> None:
    if db.backend == "postgresql":
        assert ops.login_required()
        return
    assert not ops.login_required()
    with pytest.raises(FormError, match="create a manager account first"):
        ops.set_login_required(True)
    ops.add(_new("anna"))
    ops.set_login_required(True)
    assert ops.login_required()
    assert any(e.entity_id == REQUIRE_LOGIN for e in _audit(db))


# --- enforcement at the service boundary ------------------------------------------------------------------

VIEWER = Principal("vera", "Vera Keller", OperatorRole.VIEWER, "desk-2", logged_in=True)
TECHNICIAN = Principal("tom", "Tom Frei", OperatorRole.TECHNICIAN, "desk-3", logged_in=True)

Call = Callable[[AppServices], Any]

# what a technician may do (a viewer may not)
TECHNICIAN_WRITES: dict[str, Call] = {
    "stations.save": lambda a: a.stations.save(StationForm(name="X")),
    "stations.delete": lambda a: a.stations.delete(1),
    "stations.disable": lambda a: a.stations.disable(1),
    "circuits.save": lambda a: a.circuits.save(CircuitForm(1, None, "Grid connection", max_current_a="63")),
    "circuits.move": lambda a: a.circuits.move(2, 1, revision=1),
    "circuits.delete": lambda a: a.circuits.delete(1),
    "circuits.assign_connectors": lambda a: a.circuits.assign_connectors(1, 1, [1]),
    "circuits.save_settings": lambda a: a.circuits.save_settings(LoadSettingsForm(1)),
    "plans.save plan": lambda a: a.plans.save(PlanForm(station_id=1)),
    "plans.create_connector_override": lambda a: a.plans.create_connector_override(1),
    "plans.remove_connector_override": lambda a: a.plans.remove_connector_override(1),
    "sessions.close_stuck": lambda a: a.sessions.close_stuck(1),
    "chargers.accept": lambda a: a.chargers.accept(AcceptForm("CP-1")),
    "chargers.reject": lambda a: a.chargers.reject("CP-1"),
    "chargers.checklist": lambda a: a.chargers.checklist("CP-1", ChecklistOptions(), lambda _s: None),
    "chargers.change_key": lambda a: a.chargers.change_key("CP-1", "HeartbeatInterval", "60"),
    "chargers.soft_reset": lambda a: a.chargers.soft_reset("CP-1"),
    "chargers.take_snapshot": lambda a: a.chargers.take_snapshot("CP-1"),
    "chargers.delete_snapshot": lambda a: a.chargers.delete_snapshot(1),
    "chargers.apply_snapshot": lambda a: a.chargers.apply_snapshot(1, ["CP-1"]),
    "chargers.firmware_job": lambda a: a.chargers.firmware_job("CP-1", Path("fw.bin"), lambda _j: None),
    "chargers.diagnostics_job": lambda a: a.chargers.diagnostics_job("CP-1", None, None, lambda _j: None),
    "chargers.start_virtual": lambda a: a.chargers.start_virtual(VirtualSpec("VIRTUAL-1")),
    "chargers.stop_virtual": lambda a: a.chargers.stop_virtual("VIRTUAL-1"),
    "operations.remote_start": lambda a: a.chargers.operations.remote_start("CP-1", "TAG", 1),
    "operations.reset": lambda a: a.chargers.operations.reset("CP-1", "Hard"),
    "operations.set_charging_profile": lambda a: a.chargers.operations.set_charging_profile("CP-1", 1, {}),
    "operations.send_local_list": lambda a: a.chargers.operations.send_local_list("CP-1", 1, "Full", []),
    "operations.update_firmware": lambda a: a.chargers.operations.update_firmware(
        "CP-1", "http://x/fw", None
    ),
}
# what only a manager may do
MANAGER_WRITES: dict[str, Call] = {
    "users.save": lambda a: a.users.save(UserForm(name="X")),
    "users.delete": lambda a: a.users.delete(1),
    "users.assign_unknown": lambda a: a.users.assign_unknown(1, 1),
    "users.dismiss_unknown": lambda a: a.users.dismiss_unknown(1),
    "users.assign_learned": lambda a: a.users.assign_learned("04A2B3C4", "", None, "New"),
    "users.import_csv": lambda a: a.users.import_csv("users.csv"),
    "plans.save grant": lambda a: a.plans.save(GrantForm(1, 1, "Eva", "Hall", "UTC")),
    "catalog.save_site": lambda a: a.catalog.save_site(SiteForm(name="X")),
    "catalog.delete_site": lambda a: a.catalog.delete_site(1),
    "catalog.save_tariff": lambda a: a.catalog.save_tariff(TariffForm(name="X")),
    "catalog.delete_tariff": lambda a: a.catalog.delete_tariff(1),
    "operators.add": lambda a: a.operators.add(_new("zoe")),
    "operators.set_role": lambda a: a.operators.set_role("zoe", OperatorRole.MANAGER),
    "operators.reset_password": lambda a: a.operators.reset_password("zoe", PASSWORD, PASSWORD),
    "operators.unlock": lambda a: a.operators.unlock("zoe"),
    "operators.deactivate": lambda a: a.operators.deactivate("zoe"),
    "operators.set_login_required": lambda a: a.operators.set_login_required(True),
}


class _NoCentral:
    """Stands in for the central system: any use of it is a test failure (a refusal must come first)."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the central system was used ({name}) before the permission was checked")

    def subscribe(self, callback: Any, *types: type) -> Any:
        """Services listen to the central system's events from their start (the Load page's newest allocation):
        hearing is no write."""
        return lambda: None


class _NoOperations(Operations):
    def __init__(self) -> None:  # no server: any call fails the test
        pass

    def __getattribute__(self, name: str) -> Any:
        raise AssertionError(f"the central system was used ({name}) before the permission was checked")


_NoCentral.operations = _NoOperations()  # type: ignore[attr-defined]


def _call(services: AppServices, call: Call) -> Any:
    result = call(services)
    if inspect.isawaitable(result):
        return asyncio.run(result)  # type: ignore[arg-type]
    return result


@pytest.fixture
def services(db: Database) -> Iterator[AppServices]:
    built = AppServices.local(db, _NoCentral())
    yield built
    built.close()


def _nothing_written(db: Database) -> None:
    assert _audit(db) == []


@pytest.mark.parametrize("name", sorted(TECHNICIAN_WRITES) + sorted(MANAGER_WRITES))
def test_a_viewer_is_refused_by_every_write(db: Database, services: AppServices, name: str) -> None:
    services.store.principal = VIEWER
    call = {**TECHNICIAN_WRITES, **MANAGER_WRITES}[name]
    with pytest.raises(NotAllowed, match=r"^Vera Keller \(viewer\) may not "):
        _call(services, call)
    _nothing_written(db)


@pytest.mark.parametrize("name", sorted(MANAGER_WRITES))
def test_a_technician_is_refused_what_is_a_managers(db: Database, services: AppServices, name: str) -> None:
    services.store.principal = TECHNICIAN
    with pytest.raises(NotAllowed, match=r"^Tom Frei \(technician\) may not "):
        _call(services, MANAGER_WRITES[name])
    _nothing_written(db)


def test_a_technician_passes_the_check_of_their_own_work(db: Database, services: AppServices) -> None:
    services.store.principal = TECHNICIAN
    with pytest.raises(LookupError):
        services.stations.delete(12345)  # the permission let it through to the database
    with pytest.raises(AssertionError, match="central system was used"):
        _call(services, TECHNICIAN_WRITES["chargers.reject"])
    assert services.operators.can  # reads are every role's
    assert services.audit.page(services_query()).rows == []


def services_query() -> Any:
    from app.services.reports.audit_trail import AuditQuery

    return AuditQuery()


def test_reading_operations_stay_open_to_a_viewer(services: AppServices) -> None:
    services.store.principal = VIEWER
    with pytest.raises(AssertionError, match="central system was used"):
        services.chargers.operations.get_configuration("CP-1")  # not refused: it only reads


def test_a_technician_saves_a_station_but_not_its_grants(db: Database, services: AppServices) -> None:
    from app.services.admin.stations import ConnectorForm

    site = services.catalog.save_site(SiteForm(name="HQ"))
    eva = services.users.save(UserForm(name="Eva Keller"))
    station = services.stations.save(
        StationForm(
            name="Hall B",
            site_id=site,
            charge_point_id="HALL-B-1",
            allow_unsecured=True,
            connectors=[ConnectorForm(number=1)],
        )
    )
    services.store.principal = TECHNICIAN
    form = services.stations.open_editor(station).form
    form.name = "Hall B (north)"
    services.stations.save(form)  # configuration: theirs
    form = services.stations.open_editor(station).form
    form.owners = [eva]
    with pytest.raises(NotAllowed, match=r"Tom Frei \(technician\) may not change users, tags or grants"):
        services.stations.save(form)
    assert services.stations.open_editor(station).form.owners == []
    assert [(e.actor, e.machine) for e in _audit(db) if e.entity == "station"][-1] == ("tom", "desk-3")
