"""Operator accounts: who may log in to the console, with which role; log-in with lock-out; the site-wide
"require operators to log in" switch.

Passwords are hashed with the project's PBKDF2 (:mod:`app.services.admin.passwords`), never stored or audited
in clear (nor hashed). A log-in answers an unknown username and a wrong password with the same sentence after the
same work (one PBKDF2 derivation). :data:`MAX_FAILURES` wrong passwords in a row lock the account for
:data:`LOCK_MINUTES`; a locked or deactivated account cannot log in even with the right password; a good log-in
resets the count. Log-ins, failed log-ins, lock-outs and every change to an account are audited.

On PostgreSQL (a shared database) the console always asks for a log-in; on SQLite only when a manager turned
:data:`REQUIRE_LOGIN` on. Management calls need :attr:`Permission.MANAGE_OPERATORS`; the last active manager can
never be deactivated or demoted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Operator, OperatorRole, Setting, utcnow
from app.services import locale_format
from app.services.admin.audit import audit
from app.services.admin.passwords import (
    ITERATIONS,
    hash_password,
    needs_rehash,
    verify_nothing,
    verify_password,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import Actor, Permission, Principal, actor_name, local_principal, machine_name
from app.services.store import Store
from app.services.validation import FormError, Problems

MIN_PASSWORD = 10  # operators' own policy (a charger password needs 8: passwords.MIN_LENGTH)
MAX_PASSWORD = 200
MAX_FAILURES = 5  # wrong passwords in a row that lock the account
LOCK_MINUTES = 15
USERNAME_MAX = 64
NAME_MAX = 120
REQUIRE_LOGIN = (
    "operators.require_login"  # the settings row of the SQLite switch (PostgreSQL always requires)
)
ENTITY = "operator"
WRONG = QT_TRANSLATE_NOOP("Operators", "Unknown username or wrong password.")


class LoginFailed(Exception):
    """The log-in was refused; ``str(e)`` is the sentence for the person at the console."""


class LastManager(FormError):
    """The change would leave the site without an active manager."""

    def __init__(self) -> None:
        super().__init__(
            {
                "role": translate(
                    "Operators", "the site needs at least one active manager: make another manager first"
                )
            }
        )


@dataclass(frozen=True)
class OperatorRow:
    """An account as the Operators section and ``chargedesk operators list`` show it (no hash)."""

    username: str
    display_name: str
    role: OperatorRole
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    failed_attempts: int

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class NewOperator:
    """What the form for a new operator (or the first manager) collects."""

    username: str
    display_name: str
    role: OperatorRole
    password: str
    repeat: str


def username_key(username: str) -> str:
    return username.strip().casefold()


def local_time(when: dt.datetime) -> str:
    """``when`` in this machine's local time, HH:MM (with the date when it is not today)."""
    local = when.astimezone()
    today = dt.datetime.now(local.tzinfo).date()
    if local.date() == today:
        return locale_format.time(local)
    return locale_format.date_time(local, legacy="%Y-%m-%d")


def password_problems(password: str, repeat: str) -> Problems:
    p = Problems()
    p.check(
        len(password) >= MIN_PASSWORD,
        "password",
        translate("Operators", "an operator password needs at least {least} characters").format(
            least=MIN_PASSWORD
        ),
    )
    p.check(
        len(password) <= MAX_PASSWORD,
        "password",
        translate("Operators", "at most {most} characters").format(most=MAX_PASSWORD),
    )
    p.check(
        password.strip() == password, "password", translate("Operators", "no spaces at the start or the end")
    )
    p.check(password == repeat, "repeat", translate("Operators", "the two passwords differ"))
    return p


def _row(op: Operator) -> OperatorRow:
    return OperatorRow(
        op.username,
        op.display_name,
        op.role,
        op.active,
        op.locked_until,
        op.last_login_at,
        op.failed_attempts,
    )


def _find(session: Session, username: str, *, lock: bool = False) -> Operator | None:
    stmt = select(Operator).where(Operator.username_key == username_key(username))
    if lock:
        stmt = stmt.with_for_update()
    return session.scalars(stmt).first()


def _get(session: Session, username: str) -> Operator:
    op = _find(session, username, lock=True)
    if op is None:
        raise LookupError(translate("Operators", "no operator named {name}").format(name=repr(username)))
    return op


def _active_managers(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Operator)
            .where(Operator.role == OperatorRole.MANAGER, Operator.active.is_(True))
        )
        or 0
    )


def count_operators(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Operator)) or 0)


def list_operators(session: Session) -> list[OperatorRow]:
    return [_row(op) for op in session.scalars(select(Operator).order_by(Operator.username_key))]


def create_operator(
    session: Session, form: NewOperator, *, actor: Actor, iterations: int = ITERATIONS
) -> str:
    """A new account (FormError by field: ``username``, ``display_name``, ``role``, ``password``, ``repeat``);
    returns its username."""
    username = form.username.strip()
    p = Problems()
    p.check(bool(username), "username", translate("Operators", "a username is needed"))
    p.check(
        len(username) <= USERNAME_MAX,
        "username",
        translate("Operators", "at most {most} characters").format(most=USERNAME_MAX),
    )
    p.check(
        not any(c.isspace() for c in username), "username", translate("Operators", "no spaces in a username")
    )
    p.check(
        len(form.display_name.strip()) <= NAME_MAX,
        "display_name",
        translate("Operators", "at most {most} characters").format(most=NAME_MAX),
    )
    if username and _find(session, username) is not None:
        p.add(
            "username",
            translate("Operators", "{name} is taken (usernames ignore upper and lower case)").format(
                name=repr(username)
            ),
        )
    p.update({k: v for k, v in password_problems(form.password, form.repeat).items() if k not in p})
    p.raise_if_any()
    session.add(
        Operator(
            username=username,
            username_key=username_key(username),
            display_name=form.display_name.strip() or username,
            role=OperatorRole(form.role),
            password_hash=hash_password(form.password, iterations=iterations),
            active=True,
            failed_attempts=0,
        )
    )
    audit(
        session,
        entity=ENTITY,
        entity_id=username,
        action="create",
        actor=actor,
        changes={
            "display_name": form.display_name.strip() or username,
            "role": OperatorRole(form.role).value,
        },
    )
    session.flush()
    return username


def require_login(session: Session) -> bool:
    """Must operators log in to this database's consoles? Always on PostgreSQL; on SQLite when switched on."""
    if session.get_bind().dialect.name != "sqlite":
        return True
    row = session.get(Setting, REQUIRE_LOGIN)
    return bool(row is not None and row.value)


class OperatorsService:
    """Log-in and operator accounts over a :class:`Store` (whose principal is who is logged in).

    ``clock`` (UTC now) is injectable so lock-out timing is tested without waiting; ``iterations`` lets tests
    hash fast (the stored hash says its count; a good log-in re-hashes to today's)."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], dt.datetime] = utcnow,
        iterations: int = ITERATIONS,
        machine: str | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.iterations = iterations
        self.machine = machine or machine_name()

    # --- who is here -----------------------------------------------------------------------------------------

    @property
    def principal(self) -> Principal:
        return self.store.principal

    def can(self, permission: Permission) -> bool:
        """May the operator at the console do what ``permission`` covers? (Views disable what they may not.)"""
        return self.store.can(permission)

    def nobody(self) -> Principal:
        """Who is at a console that requires a log-in before anyone logged in: may change nothing."""
        return Principal("", "nobody", OperatorRole.VIEWER, self.machine)

    def local(self) -> Principal:
        """The computer's user on a console that does not require a log-in (the implicit local manager)."""
        return local_principal()

    def login_required(self) -> bool:
        return self.store.read(require_login)

    def has_operators(self) -> bool:
        return self.store.read(count_operators) > 0

    # --- log-in ----------------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> Principal:
        """Check the password and make the operator the console's principal; :class:`LoginFailed` otherwise."""
        typed = username.strip()[:USERNAME_MAX]
        now = self.clock()
        outcome: list[str | Principal] = []

        def work(s: Session) -> None:
            op = _find(s, typed, lock=True) if typed else None
            if op is None:
                verify_nothing(password)  # the same time as a wrong password
                audit(s, entity=ENTITY, entity_id=typed, action="login_failed", actor=self._actor(typed))
                outcome.append(WRONG)
                return
            right = verify_password(password, op.password_hash)
            who = self._actor(op.username)
            if op.locked_until is not None and op.locked_until > now:
                audit(
                    s,
                    entity=ENTITY,
                    entity_id=op.username,
                    action="login_failed",
                    actor=who,
                    changes={"locked": True},
                )
                outcome.append(
                    translate(
                        "Operators",
                        "This account is locked after {failures} wrong passwords until {time} (local time). A "
                        "manager can unlock it sooner.",
                    ).format(failures=MAX_FAILURES, time=local_time(op.locked_until))
                )
                return
            if not right:
                op.failed_attempts += 1
                audit(s, entity=ENTITY, entity_id=op.username, action="login_failed", actor=who)
                if op.failed_attempts >= MAX_FAILURES:
                    op.failed_attempts = 0
                    op.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    audit(
                        s,
                        entity=ENTITY,
                        entity_id=op.username,
                        action="lockout",
                        actor=who,
                        changes={"locked_until": op.locked_until.isoformat()},
                    )
                    outcome.append(
                        translate(
                            "Operators",
                            "Unknown username or wrong password. The account is now locked until {time} (local time).",
                        ).format(time=local_time(op.locked_until))
                    )
                else:
                    outcome.append(translate("Operators", WRONG))
                return
            if not op.active:
                audit(
                    s,
                    entity=ENTITY,
                    entity_id=op.username,
                    action="login_failed",
                    actor=who,
                    changes={"active": False},
                )
                outcome.append(
                    translate("Operators", "This account is deactivated. A manager can reactivate it.")
                )
                return
            op.failed_attempts = 0
            op.locked_until = None
            op.last_login_at = now
            if needs_rehash(op.password_hash) and self.iterations == ITERATIONS:
                op.password_hash = hash_password(password)
            principal = Principal(op.username, op.display_name, op.role, self.machine, logged_in=True)
            audit(s, entity=ENTITY, entity_id=op.username, action="login", actor=principal)
            outcome.append(principal)

        self.store.write(work)
        result = outcome[0]
        if isinstance(result, str):
            raise LoginFailed(result)
        self.store.principal = result
        return result

    def logout(self) -> None:
        """The operator leaves: audited; the console asks for the next log-in (the view does)."""
        principal = self.store.principal
        if principal.logged_in:
            self.store.write(
                lambda s: audit(
                    s, entity=ENTITY, entity_id=principal.username, action="logout", actor=principal
                )
            )

    def create_first_manager(self, form: NewOperator) -> Principal:
        """The first account of a database that has none: a manager, logged in at once. Refused (FormError) once
        any operator exists (then a manager adds accounts)."""

        def work(s: Session) -> None:
            if count_operators(s) > 0:
                raise FormError(
                    {
                        "username": translate(
                            "Operators", "this database has operators already: log in, or ask a manager"
                        )
                    }
                )
            create_operator(
                s,
                NewOperator(
                    form.username, form.display_name, OperatorRole.MANAGER, form.password, form.repeat
                ),
                actor=self._actor(form.username.strip()),
                iterations=self.iterations,
            )

        self.store.write(work)
        return self.login(form.username, form.password)

    # --- management (managers) ----------------------------------------------------------------------------------

    def accounts(self) -> list[OperatorRow]:
        return self.store.read(list_operators)

    def add(self, form: NewOperator) -> str:
        actor = self.store.require(Permission.MANAGE_OPERATORS)
        return self.store.write(lambda s: create_operator(s, form, actor=actor, iterations=self.iterations))

    def set_role(self, username: str, role: OperatorRole | str) -> None:
        actor = self.store.require(Permission.MANAGE_OPERATORS)
        new = OperatorRole(role)

        def work(s: Session) -> None:
            op = _get(s, username)
            if op.role == new:
                return
            if op.role == OperatorRole.MANAGER and op.active and _active_managers(s) <= 1:
                raise LastManager()
            audit(
                s,
                entity=ENTITY,
                entity_id=op.username,
                action="role",
                actor=actor,
                changes={"role": [op.role.value, new.value]},
            )
            op.role = new

        self.store.write(work)
        self._follow_own_account(username)

    def reset_password(self, username: str, password: str, repeat: str) -> None:
        """A new password (audited as a reset, never the password); also unlocks the account."""
        actor = self.store.require(Permission.MANAGE_OPERATORS)
        password_problems(password, repeat).raise_if_any()

        def work(s: Session) -> None:
            op = _get(s, username)
            op.password_hash = hash_password(password, iterations=self.iterations)
            op.failed_attempts = 0
            op.locked_until = None
            audit(s, entity=ENTITY, entity_id=op.username, action="password", actor=actor)

        self.store.write(work)

    def unlock(self, username: str) -> None:
        actor = self.store.require(Permission.MANAGE_OPERATORS)

        def work(s: Session) -> None:
            op = _get(s, username)
            audit(
                s,
                entity=ENTITY,
                entity_id=op.username,
                action="unlock",
                actor=actor,
                changes={"locked_until": [op.locked_until.isoformat() if op.locked_until else None, None]},
            )
            op.failed_attempts = 0
            op.locked_until = None

        self.store.write(work)

    def set_active(self, username: str, active: bool) -> None:
        """Deactivate (the account stays in the audit trail and can no longer log in) or reactivate."""
        actor = self.store.require(Permission.MANAGE_OPERATORS)

        def work(s: Session) -> None:
            op = _get(s, username)
            if op.active == active:
                return
            if not active and op.role == OperatorRole.MANAGER and _active_managers(s) <= 1:
                raise LastManager()
            audit(
                s,
                entity=ENTITY,
                entity_id=op.username,
                action="activate" if active else "deactivate",
                actor=actor,
                changes={"active": [op.active, active]},
            )
            op.active = active

        self.store.write(work)

    def deactivate(self, username: str) -> None:
        self.set_active(username, False)

    # --- the SQLite switch -------------------------------------------------------------------------------------

    def set_login_required(self, on: bool) -> None:
        """Switch "require operators to log in" (managers; SQLite: PostgreSQL always requires it). Turning it on
        needs an active manager account to log in with (FormError otherwise)."""
        actor = self.store.require(Permission.MANAGE_SETTINGS)

        def work(s: Session) -> None:
            if on and _active_managers(s) == 0:
                raise FormError(
                    {
                        "require_login": translate(
                            "Operators", "create a manager account first: nobody could log in"
                        )
                    }
                )
            row = s.get(Setting, REQUIRE_LOGIN)
            before = bool(row is not None and row.value)
            if before == on:
                return
            if row is None:
                s.add(Setting(key=REQUIRE_LOGIN, value=on))
            else:
                row.value = on
            audit(
                s,
                entity="setting",
                entity_id=REQUIRE_LOGIN,
                action="update",
                actor=actor,
                changes={"value": [before, on]},
            )

        self.store.write(work)

    # --- helpers -----------------------------------------------------------------------------------------------

    def _actor(self, username: str) -> Actor:
        """Who a log-in attempt is audited as: the typed username on this machine (nobody is logged in yet)."""
        return Principal(actor_name(username), username, OperatorRole.VIEWER, self.machine)

    def _follow_own_account(self, username: str) -> None:
        """A manager who changed their own role works on with the new one (views re-ask ``can``)."""
        me = self.store.principal
        if me.logged_in and username_key(me.username) == username_key(username):
            row = next(
                (r for r in self.accounts() if username_key(r.username) == username_key(username)), None
            )
            if row is not None:
                self.store.principal = Principal(
                    me.username, me.display_name, row.role, me.machine, logged_in=True
                )


__all__ = [
    "LOCK_MINUTES",
    "MAX_FAILURES",
    "MIN_PASSWORD",
    "REQUIRE_LOGIN",
    "LastManager",
    "LoginFailed",
    "NewOperator",
    "OperatorRow",
    "OperatorsService",
    "count_operators",
    "create_operator",
    "list_operators",
    "require_login",
]
