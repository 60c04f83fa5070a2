"""Who is at the console and what they may change: the permissions, the role → permissions table, the
:class:`Principal` the services check and :class:`NotAllowed`, the one refusal.

Pure: no database, no Qt. The composition root gives the services a principal through their
:class:`~app.services.store.Store` (``store.principal``); every service method that changes something calls
``store.require(Permission...)`` first, so a refusal does not depend on a greyed-out button. Without a login
(single-seat SQLite, the default) the principal is :func:`local_principal`, an implicit manager named after the
OS user: nothing changes for a console nobody logs in to.
"""

from __future__ import annotations

import enum
import functools
import getpass
import socket
from collections.abc import Mapping
from dataclasses import dataclass

from app.models import OperatorRole
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.validation import WriteRefused


class Permission(enum.StrEnum):
    """What a role may change. Reading is never a permission: every role reads everything."""

    OPERATE_CHARGERS = "operate_chargers"  # every Chargers-page operation, commissioning, keys, snapshots,
    # firmware and diagnostics, local list, profiles, virtual chargers
    CONFIGURE_STATIONS = "configure_stations"  # stations, connectors, schedules, circuits and load settings
    END_SESSIONS = "end_sessions"  # end a stuck session
    MANAGE_USERS = "manage_users"  # users, tags, grants
    MANAGE_PRICES = "manage_prices"  # sites and tariffs
    MANAGE_SETTINGS = "manage_settings"  # site-wide settings (e.g. "require operators to log in")
    MANAGE_OPERATORS = "manage_operators"  # operator accounts
    ACKNOWLEDGE_ALARMS = "acknowledge_alarms"  # acknowledge alarms (their rules and e-mail: MANAGE_SETTINGS)

    @property
    def refusal(self) -> str:
        """The refusal's sentence in the operator's language, ``{operator}`` to fill: "{operator} may not ..."."""
        return translate("Permission", _REFUSALS[self])


#: One whole sentence per permission (a translation words each as its language needs).
_REFUSALS: Mapping[Permission, str] = {
    Permission.OPERATE_CHARGERS: QT_TRANSLATE_NOOP("Permission", "{operator} may not operate chargers"),
    Permission.CONFIGURE_STATIONS: QT_TRANSLATE_NOOP(
        "Permission", "{operator} may not change stations, connectors, schedules or circuits"
    ),
    Permission.END_SESSIONS: QT_TRANSLATE_NOOP("Permission", "{operator} may not end charging sessions"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP(
        "Permission", "{operator} may not change users, tags or grants"
    ),
    Permission.MANAGE_PRICES: QT_TRANSLATE_NOOP("Permission", "{operator} may not change sites or tariffs"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP(
        "Permission", "{operator} may not change the site's settings"
    ),
    Permission.MANAGE_OPERATORS: QT_TRANSLATE_NOOP("Permission", "{operator} may not manage operators"),
    Permission.ACKNOWLEDGE_ALARMS: QT_TRANSLATE_NOOP("Permission", "{operator} may not acknowledge alarms"),
}

TECHNICIAN = frozenset(
    {
        Permission.OPERATE_CHARGERS,
        Permission.CONFIGURE_STATIONS,
        Permission.END_SESSIONS,
        Permission.ACKNOWLEDGE_ALARMS,
    }
)

#: The one role → permissions table.
ROLE_PERMISSIONS: Mapping[OperatorRole, frozenset[Permission]] = {
    OperatorRole.VIEWER: frozenset(),
    OperatorRole.TECHNICIAN: TECHNICIAN,
    OperatorRole.MANAGER: frozenset(Permission),
}

#: the roles as the login dialog and the operators section offer them (translate("OperatorRole", label) where shown)
ROLE_LABELS: Mapping[OperatorRole, str] = {
    OperatorRole.VIEWER: QT_TRANSLATE_NOOP("OperatorRole", "Viewer (reads everything, changes nothing)"),
    OperatorRole.TECHNICIAN: QT_TRANSLATE_NOOP(
        "OperatorRole", "Technician (chargers, stations, schedules, alarms)"
    ),
    OperatorRole.MANAGER: QT_TRANSLATE_NOOP("OperatorRole", "Manager (everything, operators included)"),
}

#: a role's short name, as an operator's label says it ("Anna Meier (viewer)")
ROLE_NAMES: Mapping[OperatorRole, str] = {
    OperatorRole.VIEWER: QT_TRANSLATE_NOOP("OperatorRole", "viewer"),
    OperatorRole.TECHNICIAN: QT_TRANSLATE_NOOP("OperatorRole", "technician"),
    OperatorRole.MANAGER: QT_TRANSLATE_NOOP("OperatorRole", "manager"),
}


def role_label(role: OperatorRole) -> str:
    """The role with what it may do, in the operator's language."""
    return translate("OperatorRole", ROLE_LABELS[role])


def role_name(role: OperatorRole) -> str:
    """The role's short name in the operator's language ("Betrachter")."""
    return translate("OperatorRole", ROLE_NAMES[role])


class NotAllowed(WriteRefused):
    """The operator's role does not allow the change; nothing was written. A :class:`WriteRefused`, so every
    view that shows a refused write shows this one too (``str(e)`` is the sentence for the operator)."""

    def __init__(self, principal: Principal, permission: Permission) -> None:
        self.principal = principal
        self.permission = permission
        self.reason = permission.refusal.format(operator=principal.label)
        RuntimeError.__init__(self, self.reason)


@dataclass(frozen=True)
class Principal:
    """The operator at this console (or the command line) and the machine it runs on.

    ``username`` is what the audit trail's ``actor`` says; ``logged_in`` is False for the implicit local manager
    and the command line (nobody logged in)."""

    username: str
    display_name: str
    role: OperatorRole
    machine: str
    logged_in: bool = False

    @property
    def label(self) -> str:
        """ "Anna Meier (viewer)": how refusals and the status bar name the operator."""
        return translate("Principal", "{name} ({role})").format(
            name=self.display_name or self.username, role=role_name(self.role)
        )

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise :class:`NotAllowed` unless the role has ``permission``."""
        if not self.can(permission):
            raise NotAllowed(self, permission)


def machine_name() -> str:
    """This machine's host name, as the audit trail records it."""
    return socket.gethostname()[:120]


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "unknown"


@functools.cache
def local_principal() -> Principal:
    """The implicit operator of a console nobody logs in to: a manager named after the OS user."""
    user = os_user()
    return Principal(user, user, OperatorRole.MANAGER, machine_name())


@functools.cache
def cli_principal() -> Principal:
    """The command line: "cli:<OS user>" on this machine, with a manager's permissions (whoever can run it can
    open the database directly)."""
    name = f"cli:{os_user()}"[:120]
    return Principal(name, name, OperatorRole.MANAGER, machine_name())


#: The default actor of the module-level use cases (tests, scripts): the implicit local manager.
LOCAL = local_principal()

#: What the audit functions accept as who did it: a principal, or a fixed name for what is no person ("charger
#: HALL-1", "virtual charger", "import").
Actor = Principal | str


def actor_name(actor: Actor) -> str:
    return (actor.username if isinstance(actor, Principal) else actor)[:120]


def actor_machine(actor: Actor) -> str:
    return actor.machine if isinstance(actor, Principal) else machine_name()


__all__ = [
    "LOCAL",
    "ROLE_LABELS",
    "ROLE_NAMES",
    "ROLE_PERMISSIONS",
    "Actor",
    "NotAllowed",
    "OperatorRole",
    "Permission",
    "Principal",
    "actor_machine",
    "actor_name",
    "cli_principal",
    "local_principal",
    "machine_name",
    "os_user",
    "role_label",
    "role_name",
]
