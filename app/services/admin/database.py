"""Which database a console uses, and what another one holds: the one check behind the Settings page's
"Test connection" and ``chargedesk db current``; and where a console keeps its PostgreSQL password.

The password is never kept in the console's settings (QSettings, a clear-text file): the settings hold the URL
without it, and the password goes to a libpq password file (``~/.pgpass`` format, mode 0600) in ChargeDesk's data
directory, :func:`passfile_path`. The console connects with ``passfile=<that file>`` added to the URL
(:func:`connect_url`), so psycopg / libpq read the password itself; the URL field shows it masked
(``postgresql://user:•••@host/db``, :func:`masked_url`) and a ``•••`` left in a URL means "the stored password".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app import config
from app.db import Database, current_revision, head_revision
from app.db.migrate import upgrade_command
from app.services.i18n import translate
from app.services.store import Store
from app.services.transfer.private_files import write_private_text

PASSWORD_MASK = "•••"
PASSFILE_NAME = "pgpass"


@dataclass(frozen=True)
class DatabaseStatus:
    """What :func:`check_database` found: where (``describe``), the schema revision there (None: empty) and the
    revision this version of ChargeDesk expects."""

    describe: str
    revision: str | None
    head: str
    #: the command that migrates it when a start does not (a PostgreSQL database: ``chargedesk db upgrade``)
    upgrade_command: str | None = None

    @property
    def empty(self) -> bool:
        return self.revision is None

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head

    def sentence(self) -> str:
        """What the operator is told after a successful connection."""
        if self.revision is None:
            text = translate(
                "Database", "Connected to {where}: empty database; it will be set up at the next start."
            )
        elif self.revision != self.head and self.upgrade_command:
            text = translate(
                "Database",
                "Connected to {where}: schema {revision}, this version needs {head}: run `{command}` on one machine "
                "(it makes a pg_dump first).",
            )
        elif self.revision != self.head:
            text = translate(
                "Database", "Connected to {where}: schema {revision}, it will be upgraded at the next start."
            )
        else:
            text = translate("Database", "Connected to {where}: schema up to date.")
        return text.format(
            where=self.describe, revision=self.revision, head=self.head, command=self.upgrade_command
        )


def database_status(url: str) -> DatabaseStatus:
    """Connect to ``url`` (without migrating it) and read its schema revision; raises the driver's error when it
    cannot connect. Blocking: a console calls :meth:`DatabaseService.check`."""
    db = Database(url, pool_pre_ping=False) if not url.startswith("sqlite") else Database(url)
    try:
        rev = current_revision(db.engine)
    finally:
        db.dispose()
    command = None
    if db.backend == "postgresql":
        command = upgrade_command(url)
    return DatabaseStatus(db.describe(), rev, head_revision(), command)


def check_database(url: str) -> str:
    """Connect to ``url`` and describe what is there, in a sentence (blocking)."""
    return database_status(url).sentence()


# -- the PostgreSQL password, kept out of the settings ---------------------------------------------------------


class DatabaseUrlError(ValueError):
    """What the operator typed is not a database URL."""


@dataclass(frozen=True)
class DatabaseLogin:
    """A database URL split for keeping: ``url`` without the password (what the settings hold) and the password
    (None: none given)."""

    url: str
    password: str | None = None

    @property
    def full_url(self) -> str:
        """The URL with the password, to connect now (never stored)."""
        if not self.url or self.password is None:
            return self.url
        return _parse(self.url).set(password=self.password).render_as_string(hide_password=False)


def passfile_path() -> Path:
    """The console's libpq password file (0600) in ChargeDesk's data directory."""
    return config.data_dir() / PASSFILE_NAME


def _parse(text: str) -> URL:
    try:
        return make_url(text)
    except ArgumentError as exc:
        raise DatabaseUrlError(
            translate("Database", "not a database URL: {problem}").format(problem=exc)
        ) from None


def _is_postgres(u: URL) -> bool:
    return u.get_backend_name() == "postgresql"


def _bare(u: URL) -> str:
    # (URL.set ignores None: a new URL without the password)
    return URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query).render_as_string(
        hide_password=False
    )


def _entry_key(u: URL) -> tuple[str, str, str, str]:
    """The fields libpq matches a connection on (hostname:port:database:username), as it defaults them."""
    return (u.host or "localhost", str(u.port or 5432), u.database or "*", u.username or "*")


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A pass file line's fields: split on ``:``, ``\\`` escaping the next character (libpq's format)."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for ch in chars:
        if ch == "\\":
            current.append(next(chars, ""))
        elif ch == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _entries(passfile: Path) -> list[tuple[tuple[str, ...], str]]:
    """The pass file's entries as (the four match fields, the password); comments and bad lines skipped."""
    try:
        lines = passfile.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    out = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = _fields(line)
        if len(fields) == 5:
            out.append((tuple(fields[:4]), fields[4]))
    return out


def stored_password(url: str, passfile: Path | None = None) -> str | None:
    """The password the pass file holds for ``url`` (libpq's matching: exact fields or ``*``), None if none."""
    u = _parse(url)
    if not _is_postgres(u):
        return None
    key = _entry_key(u)
    for fields, password in _entries(passfile or passfile_path()):
        if all(f in ("*", k) for f, k in zip(fields, key, strict=True)):
            return password
    return None


def database_login(url_text: str, password: str = "", passfile: Path | None = None) -> DatabaseLogin:
    """What the operator typed, split: the URL (with a password in it, the mask ``•••`` for the stored one, or
    none) and the password field, which wins when filled. SQLite URLs have no password and stay as they are."""
    text = url_text.strip()
    if not text:
        return DatabaseLogin("")
    u = _parse(text)
    if not _is_postgres(u):
        return DatabaseLogin(text)
    chosen: str | None = password or None
    if chosen is None and u.password == PASSWORD_MASK:
        chosen = stored_password(text, passfile)
    elif chosen is None and u.password:
        chosen = str(u.password)
    return DatabaseLogin(_bare(u), chosen)


def save_login(login: DatabaseLogin, passfile: Path | None = None) -> str:
    """Write ``login``'s password (if any) to the pass file, replacing the entry for the same server, database and
    user; returns the URL to keep in the settings, without the password."""
    if login.password is None or not login.url:
        return login.url
    path = passfile or passfile_path()
    key = _entry_key(_parse(login.url))
    kept = [(f, p) for f, p in _entries(path) if f != key]
    lines = [":".join(_escape(v) for v in (*key, login.password))]
    lines += [":".join(_escape(v) for v in (*f, p)) for f, p in kept]
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_text(path, "\n".join(lines) + "\n")
    return login.url


def connect_url(saved_url: str, passfile: Path | None = None) -> str:
    """The URL a console connects with: a PostgreSQL URL without a password gets ``passfile=`` (the console's
    pass file, when it exists and the URL names none), so libpq reads the password from there."""
    if not saved_url:
        return saved_url
    u = _parse(saved_url)
    path = passfile or passfile_path()
    if not _is_postgres(u) or u.password or "passfile" in u.query or not path.exists():
        return saved_url
    return u.update_query_dict({"passfile": str(path)}).render_as_string(hide_password=False)


def masked_url(saved_url: str, passfile: Path | None = None) -> str:
    """The URL as the Settings page shows it: ``postgresql://user:•••@host/db`` when a password is stored (in the
    URL or the pass file), never the password itself."""
    if not saved_url:
        return saved_url
    try:
        u = make_url(saved_url)
    except ArgumentError:
        return saved_url
    if not _is_postgres(u):
        return saved_url
    if u.password or stored_password(saved_url, passfile) is not None:
        u = u.set(password=PASSWORD_MASK)
    return u.render_as_string(hide_password=False).replace("%E2%80%A2", "•")


class DatabaseService:
    """The Settings page's database tab: the database in use and a connection test to another one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def describe(self) -> str:
        """The database this console uses (URL without the password)."""
        return self.store.describe()

    async def check(self, url: str, password: str = "") -> str:
        """:func:`check_database` off the event loop (a connection attempt can take seconds), with the URL and
        password as the operator typed them (see :func:`database_login`)."""
        full = database_login(url, password).full_url
        return await self.store.run(lambda: check_database(full))


__all__ = [
    "PASSWORD_MASK",
    "DatabaseLogin",
    "DatabaseService",
    "DatabaseStatus",
    "DatabaseUrlError",
    "check_database",
    "connect_url",
    "database_login",
    "database_status",
    "masked_url",
    "passfile_path",
    "save_login",
    "stored_password",
]
