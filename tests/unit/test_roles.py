"""Roles × permissions: the one table, the principal's checks and the refusal's sentence."""

from __future__ import annotations

import pytest

from app.models import OperatorRole
from app.services.roles import (
    ROLE_PERMISSIONS,
    NotAllowed,
    Permission,
    Principal,
    actor_machine,
    actor_name,
    cli_principal,
    local_principal,
    machine_name,
)
from app.services.validation import WriteRefused

TECHNICIAN_MAY = {
    Permission.OPERATE_CHARGERS,
    Permission.CONFIGURE_STATIONS,
    Permission.END_SESSIONS,
    Permission.ACKNOWLEDGE_ALARMS,
}


@pytest.mark.parametrize("permission", list(Permission))
@pytest.mark.parametrize("role", list(OperatorRole))
def test_each_role_has_exactly_its_permissions(role: OperatorRole, permission: Permission) -> None:
    expected = {
        OperatorRole.VIEWER: False,
        OperatorRole.TECHNICIAN: permission in TECHNICIAN_MAY,
        OperatorRole.MANAGER: True,
    }[role]
    who = Principal("anna", "Anna Meier", role, "desk-1", logged_in=True)
    assert who.can(permission) is expected
    if expected:
        who.require(permission)
    else:
        with pytest.raises(NotAllowed) as refused:
            who.require(permission)
        assert str(refused.value) == permission.refusal.format(operator=f"Anna Meier ({role.value})")
        assert str(refused.value).startswith(f"Anna Meier ({role.value}) may not ")
        assert isinstance(refused.value, WriteRefused)  # the views' path for a refused write shows it


def test_every_role_is_in_the_table_and_permissions_have_refusals() -> None:
    assert set(ROLE_PERMISSIONS) == set(OperatorRole)
    assert all(p.refusal.startswith("{operator} may not ") for p in Permission)
    assert ROLE_PERMISSIONS[OperatorRole.VIEWER] == frozenset()


def test_without_login_the_principal_is_a_local_manager_and_the_cli_says_cli() -> None:
    local = local_principal()
    assert local.role == OperatorRole.MANAGER and not local.logged_in and local.machine == machine_name()
    cli = cli_principal()
    assert cli.username.startswith("cli:") and cli.machine == machine_name()
    assert (actor_name(cli), actor_machine(cli)) == (cli.username, machine_name())
    assert (actor_name("charger HALL-1"), actor_machine("charger HALL-1")) == (
        "charger HALL-1",
        machine_name(),
    )
