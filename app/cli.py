"""The command line: ``chargedesk [--db URL] <command>``. No Qt on these paths (the console is imported
only when no subcommand is given)."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__, config

if TYPE_CHECKING:
    from app.db import Database
    from app.services.admin.operators import OperatorsService
    from app.services.alarms.service import AlarmsService

log = logging.getLogger("chargedesk")


class CliError(Exception):
    """A problem the user can fix; printed without a traceback, exit status 2."""


#: what _db() opened, disposed by run() when the command is done (connections closed, SQLite's WAL checkpointed)
_opened: list[Database] = []


def _db(args: argparse.Namespace, migrate: bool = True) -> Database:
    from app.services.store import open_database

    database = open_database(config.database_url(args.db), migrate=migrate)
    _opened.append(database)
    return database


@contextmanager
def _schema_refused() -> Iterator[None]:
    """A database this version does not open as it is (migrated by a newer ChargeDesk; a shared one behind the code,
    which ``db upgrade`` migrates; a SQLite file held by another process while it needs migrating) is said in one
    line (exit status 2), not with a traceback."""
    try:
        yield
    except Exception as e:
        from app.db import SchemaBehindCode, SchemaNewerThanCode  # only here: most commands never need them

        if isinstance(e, SchemaNewerThanCode | SchemaBehindCode):
            raise CliError(str(e)) from None
        raise


@contextmanager
def _start_up() -> Iterator[None]:
    """Python's cyclic GC paused while a command imports its modules and opens the database: the imports create
    hundreds of thousands of long-lived objects and no garbage, yet every collection pass walks them again (a
    tenth of ``access explain``'s time). On again for the command's own work."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _local_datetime(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a local time (YYYY-MM-DDTHH:MM)") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError("give the site's local wall-clock time without an offset")
    return value


# --- commands ----------------------------------------------------------------------------------------


def _no_console(settings: config.Settings, cli_db: str | None) -> int:
    raise CliError("the console is not available here; use a subcommand (chargedesk --help)")


# set by app.__main__: the command line never imports Qt itself (chargedesk serve runs without a display)
open_console: Callable[[config.Settings, str | None], int] = _no_console


def cmd_gui(args: argparse.Namespace) -> int:
    return open_console(config.load(args.db), args.db)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """Migrate the database: a SQLite file is copied first; a PostgreSQL database is dumped with pg_dump into the
    data directory first, and not migrated when that fails, unless ``--no-dump`` says so."""
    from sqlalchemy.engine import make_url

    from app.db import upgrade
    from app.db.pg_dump import DumpFailed, PgDumpMissing

    url = config.database_url(args.db)
    postgres = make_url(url).get_backend_name() == "postgresql"
    dump_dir = config.data_dir() if postgres and not args.no_dump else None
    try:
        before, after, backup = upgrade(url, dump_dir=dump_dir)
    except DumpFailed as e:
        fix = (
            "Install PostgreSQL's client tools (Debian: apt-get install postgresql-client)"
            if isinstance(e, PgDumpMissing)
            else "Fix that"
        )
        raise CliError(
            f"{e}; nothing was migrated. {fix}, or run again with --no-dump to migrate without a backup"
        ) from None
    if before == after:
        print(f"database is up to date (revision {after})")
        return 0
    if backup and postgres:
        print(f"backup of the database before the migration (pg_dump, custom format): {backup}")
        print(f"  restore it into an empty database with: pg_restore --dbname <database URL> {backup}")
    elif backup:
        print(f"backup of the previous file: {backup}")
    elif postgres and before is not None:
        print("no backup was made (--no-dump)")
    print(f"database upgraded from {before or 'empty'} to {after}")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    from app.services.admin.database import database_status

    status = database_status(config.database_url(args.db))
    print(f"{status.describe}: revision {status.revision or 'none'} (latest {status.head})")
    return 0


def cmd_config_export(args: argparse.Namespace) -> int:
    with _start_up():
        from app.services.transfer.site_config import dump_config, export_config, write_config_file

        database = _db(args)
    with database.session() as s:
        doc = export_config(s)
    if str(args.file) == "-":
        sys.stdout.write(dump_config(doc))
    else:
        write_config_file(args.file, doc)  # 0600: the document holds password hashes
        print(
            f"exported {len(doc.get('sites', []))} sites, {len(doc.get('tariffs', []))} tariffs, "
            f"{len(doc.get('users', []))} users, {len(doc.get('stations', []))} stations to {args.file}"
        )
    return 0


def cmd_config_import(args: argparse.Namespace) -> int:
    try:
        raw = sys.stdin.read() if str(args.file) == "-" else Path(args.file).read_text(encoding="utf-8")
    except OSError as e:
        raise CliError(f"cannot read {args.file}: {e.strerror}") from None
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        raise CliError(f"{args.file} is not valid JSON: line {e.lineno}, column {e.colno}: {e.msg}") from None
    with _start_up():
        from app.services.roles import cli_principal
        from app.services.transfer.site_config import ConfigError, import_config

        database = _db(args)
    try:
        with database.session() as s:
            report = import_config(s, doc, actor=cli_principal())
    except ConfigError as e:
        print(f"{args.file}: refused, nothing was written ({len(e.problems)} problem(s)):", file=sys.stderr)
        for p in e.problems:
            print(f"  {p}", file=sys.stderr)
        return 2
    print(f"imported {args.file}: {report}")
    return 0


def cmd_access_explain(args: argparse.Namespace) -> int:
    with _start_up():
        from app.services.rules.access import explain

        database = _db(args)
    with database.session() as s:
        try:
            decision = explain(s, args.station, args.connector, args.tag, args.at)
        except LookupError as e:
            raise CliError(str(e.args[0] if e.args else e)) from None
    print(decision.describe())
    return 0


def cmd_sessions_export(args: argparse.Namespace) -> int:
    with _start_up():
        from app.services.reports.exports import export_sessions

        database = _db(args)
    out = Path(args.out)
    with database.session() as s:
        n = export_sessions(
            s,
            out,
            args.format,
            start=args.from_,
            end=args.to,
            user=args.user,
            station=args.station,
            site=args.site,
        )
    print(f"exported {n} sessions to {out}")
    return 0


def cmd_users_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.exists():
        raise CliError(f"{path} does not exist")
    with _start_up():
        from app.services.roles import cli_principal
        from app.services.transfer.users_csv import import_users_csv

        database = _db(args)
    with database.session() as s:
        report = import_users_csv(s, path, skip_bad=args.skip_bad, actor=cli_principal())
    for line, message in report.errors:
        print(f"{path}:{line}: {message}", file=sys.stderr)
    bad_rows = len({line for line, _ in report.errors})
    if report.errors and not args.skip_bad:
        print(
            f"refused: {bad_rows} bad row(s), nothing was written "
            "(fix them, or use --skip-bad to import the good rows)",
            file=sys.stderr,
        )
        return 2
    print(
        f"users: {report.written} created, {report.updated} updated"
        + (f", {bad_rows} bad row(s) skipped" if report.errors else "")
    )
    return 0


def cmd_users_export(args: argparse.Namespace) -> int:
    with _start_up():
        from app.services.transfer.users_csv import export_users_csv

        database = _db(args)
    with database.session() as s:
        n = export_users_csv(s, Path(args.file))
    print(f"exported {n} users to {args.file}")
    return 0


# --- operators ---------------------------------------------------------------------------------------


def _operators(args: argparse.Namespace) -> OperatorsService:
    """The operator accounts of the database, managed as "cli:<OS user>" on this machine (whoever runs the
    command line can open the database directly)."""
    with _start_up():
        from app.services.admin.operators import OperatorsService
        from app.services.roles import cli_principal
        from app.services.store import Store

        return OperatorsService(Store(_db(args), principal=cli_principal()))


def _new_password(args: argparse.Namespace, who: str) -> tuple[str, str]:
    """The password from standard input (one line, ``--password-stdin``) or typed twice at a prompt."""
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("no password on standard input")
        return line, line
    import getpass

    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password: use --password-stdin")
    first = getpass.getpass(f"Password for {who}: ")
    return first, getpass.getpass("Repeat it: ")


@contextmanager
def _operator_errors() -> Iterator[None]:
    """Refusals of the operators' service said in one line (exit status 2)."""
    from app.services.validation import FormError

    try:
        yield
    except FormError as e:
        raise CliError("; ".join(e.problems.values())) from None
    except LookupError as e:
        raise CliError(str(e.args[0] if e.args else e)) from None


def cmd_operators_add(args: argparse.Namespace) -> int:
    from app.services.admin.operators import NewOperator

    service = _operators(args)
    password, repeat = _new_password(args, args.username)
    with _operator_errors():
        name = service.add(NewOperator(args.username, args.name or "", args.role, password, repeat))
    print(f"operator {name} added ({args.role})")
    return 0


def cmd_operators_list(args: argparse.Namespace) -> int:
    from app.models import utcnow

    rows = _operators(args).accounts()
    if not rows:
        print(
            "no operators (the console asks to create the first manager, or: chargedesk operators add NAME)"
        )
        return 0
    now = utcnow()
    width = max(len(r.username) for r in rows)
    for r in rows:
        state = "active" if r.active else "deactivated"
        if r.locked(now):
            assert r.locked_until is not None
            state += f", locked until {r.locked_until.astimezone():%Y-%m-%d %H:%M}"
        last = f"{r.last_login_at.astimezone():%Y-%m-%d %H:%M}" if r.last_login_at else "never"
        print(f"{r.username:<{width}}  {r.role.value:<10}  {state:<12}  last login {last}  {r.display_name}")
    return 0


def cmd_operators_set_role(args: argparse.Namespace) -> int:
    with _operator_errors():
        _operators(args).set_role(args.username, args.role)
    print(f"operator {args.username} is now {args.role}")
    return 0


def cmd_operators_reset_password(args: argparse.Namespace) -> int:
    service = _operators(args)
    password, repeat = _new_password(args, args.username)
    with _operator_errors():
        service.reset_password(args.username, password, repeat)
    print(f"password of {args.username} reset (and the account unlocked)")
    return 0


def cmd_operators_unlock(args: argparse.Namespace) -> int:
    with _operator_errors():
        _operators(args).unlock(args.username)
    print(f"operator {args.username} unlocked")
    return 0


def cmd_operators_deactivate(args: argparse.Namespace) -> int:
    with _operator_errors():
        _operators(args).deactivate(args.username)
    print(f"operator {args.username} deactivated (kept in the audit trail; can no longer log in)")
    return 0


def _alarms_service(args: argparse.Namespace) -> AlarmsService:
    with _schema_refused(), _start_up():
        from app.services.alarms.service import AlarmsService
        from app.services.roles import cli_principal
        from app.services.store import Store

        return AlarmsService(Store(_db(args), principal=cli_principal()))


def cmd_alarms(args: argparse.Namespace) -> int:
    """The active alarms (English), newest first; ``--all``: the recent ones too."""
    rows = _alarms_service(args).alarms(state="all" if args.all else "active", limit=args.limit)
    if not rows:
        print("no active alarms" if not args.all else "no alarms")
        return 0
    for r in rows:
        state = "active" if r.active else f"cleared {r.cleared_at.astimezone():%Y-%m-%d %H:%M}"  # type: ignore[union-attr]
        ack = f", acknowledged by {r.acknowledged_by}" if r.acknowledged_at else ""
        repeats = f" x{r.count}" if r.count > 1 else ""
        site = f"{r.site_name}: " if r.site_name else ""
        print(
            f"{r.raised_at.astimezone():%Y-%m-%d %H:%M}  {r.severity:<8}  {site}{r.text}{repeats}  ({state}{ack})"
        )
    return 0


def cmd_alarms_smtp_password(args: argparse.Namespace) -> int:
    """Store the SMTP relay's password for the alarm e-mails this machine sends (0600 file in the data dir)."""
    import getpass

    from app.services.alarms.mail import password_path, write_password

    password = (
        sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("SMTP password: ")
    )
    write_password(password)
    print(f"SMTP password {'stored in' if password else 'removed from'} {password_path()}")
    return 0


# --- parser ------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    db_help = "database URL (default: $CHARGEDESK_DATABASE_URL, else the SQLite file in the data directory)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS)

    p = argparse.ArgumentParser(
        prog="chargedesk",
        description="ChargeDesk: EV charging stations console and local OCPP central system. "
        "Without a command, the console opens.",
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"chargedesk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        parent: argparse._SubParsersAction, name: str, func: Callable[[argparse.Namespace], int], help: str
    ) -> argparse.ArgumentParser:
        sp = parent.add_parser(name, help=help, description=help, parents=[common])
        sp.set_defaults(func=func)
        return sp

    sub.add_parser("gui", help="open the console (the default)", parents=[common]).set_defaults(func=cmd_gui)

    dbp = sub.add_parser("db", help="database maintenance", parents=[common])
    dbs = dbp.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    sp = add(
        dbs,
        "upgrade",
        cmd_db_upgrade,
        "migrate the database to the latest schema (a SQLite file is backed up first; a PostgreSQL database is "
        "dumped with pg_dump into the data directory first); on PostgreSQL, run it on one machine",
    )
    sp.add_argument(
        "--no-dump",
        action="store_true",
        help="PostgreSQL: migrate without a pg_dump backup (when pg_dump is missing or fails)",
    )
    add(dbs, "current", cmd_db_current, "show the database's schema revision")

    cfg = sub.add_parser("config", help="site configuration as JSON", parents=[common])
    cfs = cfg.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    sp = add(cfs, "import", cmd_config_import, "import sites, tariffs, users and stations from a JSON file")
    sp.add_argument("file", metavar="FILE.json", help="the file ('-' for standard input)")
    sp = add(cfs, "export", cmd_config_export, "export the whole site configuration to a JSON file")
    sp.add_argument("file", metavar="FILE.json", help="the file ('-' for standard output)")

    acc = sub.add_parser("access", help="access rules", parents=[common])
    accs = acc.add_subparsers(dest="access_command", metavar="ACTION", required=True)
    sp = add(accs, "explain", cmd_access_explain, "who may charge: the decision, mode, tariff and reason")
    sp.add_argument("--station", required=True, metavar="ID", help="the station's charge point id")
    sp.add_argument("--connector", type=int, default=None, metavar="N")
    sp.add_argument("--tag", required=True, metavar="TAG", help="the RFID idTag")
    sp.add_argument(
        "--at",
        type=_local_datetime,
        default=None,
        metavar="YYYY-MM-DDTHH:MM",
        help="the site's local time (default: now)",
    )

    ses = sub.add_parser("sessions", help="charging sessions", parents=[common])
    sess = ses.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    sp = add(sess, "export", cmd_sessions_export, "export sessions to CSV or XLSX")
    sp.add_argument("--from", dest="from_", type=_date, default=None, metavar="DATE")
    sp.add_argument("--to", type=_date, default=None, metavar="DATE", help="inclusive")
    sp.add_argument("--user", default=None, metavar="NAME")
    sp.add_argument("--station", default=None, metavar="ID", help="charge point id")
    sp.add_argument("--site", default=None, metavar="NAME")
    sp.add_argument("--format", required=True, choices=["csv", "xlsx"])
    sp.add_argument("--out", required=True, metavar="FILE")

    usr = sub.add_parser("users", help="users and RFID tags", parents=[common])
    usrs = usr.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    sp = add(usrs, "import", cmd_users_import, "bulk import users with tags from CSV")
    sp.add_argument("file", metavar="FILE.csv")
    sp.add_argument(
        "--skip-bad",
        action="store_true",
        help="write the valid rows and report the bad ones (default: all or nothing)",
    )
    sp = add(usrs, "export", cmd_users_export, "export users with their tags to CSV")
    sp.add_argument("file", metavar="FILE.csv")

    _operator_commands(sub, add, common)

    alp = add(sub, "alarms", cmd_alarms, "list the active alarms (with --all the recent ones too)")
    alp.add_argument("--all", action="store_true", help="also the cleared alarms")
    alp.add_argument("--limit", type=int, default=100, metavar="N", help="at most N alarms (default 100)")
    als = alp.add_subparsers(dest="alarms_command", metavar="ACTION")
    sp = add(
        als, "smtp-password", cmd_alarms_smtp_password, "store the SMTP relay's password for alarm e-mails"
    )
    sp.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    _extra_commands(sub, add)
    return p


def _operator_commands(
    sub: argparse._SubParsersAction,
    add: Callable[..., argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    roles = ["viewer", "technician", "manager"]
    ops = sub.add_parser(
        "operators", help="operator accounts (who may log in to the console)", parents=[common]
    )
    opss = ops.add_subparsers(dest="operators_command", metavar="ACTION", required=True)
    sp = add(opss, "add", cmd_operators_add, "add an operator (asks for the password twice)")
    sp.add_argument("username")
    sp.add_argument("--role", required=True, choices=roles)
    sp.add_argument(
        "--name", default="", metavar="TEXT", help="the name shown in the console (default: username)"
    )
    sp.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add(opss, "list", cmd_operators_list, "list the operators, their roles and states")
    sp = add(opss, "set-role", cmd_operators_set_role, "change an operator's role")
    sp.add_argument("username")
    sp.add_argument("role", choices=roles)
    sp = add(opss, "reset-password", cmd_operators_reset_password, "give an operator a new password")
    sp.add_argument("username")
    sp.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    sp = add(opss, "unlock", cmd_operators_unlock, "unlock an account locked after wrong passwords")
    sp.add_argument("username")
    sp = add(
        opss, "deactivate", cmd_operators_deactivate, "stop an operator from logging in (kept for the audit)"
    )
    sp.add_argument("username")


def _check_tls_options(args: argparse.Namespace) -> None:
    """`serve`'s TLS options fit together and name files that exist."""
    if (args.tls_cert is None) != (args.tls_key is None):
        raise CliError("--tls-cert and --tls-key go together")
    if (args.tls_client_ca or args.require_client_cert) and args.tls_cert is None:
        raise CliError("client certificates (--tls-client-ca, --require-client-cert) need --tls-cert")
    if args.require_client_cert and args.tls_client_ca is None:
        raise CliError("--require-client-cert needs --tls-client-ca (the CA that signs the chargers')")
    for path in (args.tls_cert, args.tls_key, args.tls_client_ca):
        if path is not None and not path.is_file():
            raise CliError(f"{path} does not exist")


def _extra_commands(sub: argparse._SubParsersAction, add: Callable[..., argparse.ArgumentParser]) -> None:
    """Commands of the central system and the simulator (registered here, implemented in their packages)."""

    def cmd_serve(args: argparse.Namespace) -> int:
        import dataclasses

        from app.services.central.holder import HolderLockError, refusal
        from app.services.central.system import serve_headless

        settings = config.load(args.db)
        _check_tls_options(args)
        given = {
            "host": args.host,
            "port": args.port,
            "tls_cert": args.tls_cert,
            "tls_key": args.tls_key,
            "tls_client_ca": args.tls_client_ca,
            "require_client_cert": True if args.require_client_cert else None,
            "proxy_protocol": True if args.proxy_protocol else None,
            "unknown_charger_policy": args.unknown_chargers,
            "ping_interval_s": args.ping_interval,
        }
        central = dataclasses.replace(settings.central, **{k: v for k, v in given.items() if v is not None})
        try:
            return serve_headless(dataclasses.replace(settings, central=central))
        except HolderLockError as e:  # another process runs a central system on this SQLite file
            raise CliError(refusal(e, "serve")) from None
        except OSError as e:  # the port is taken, the address is not ours, the certificate is unreadable
            raise CliError(f"cannot serve on {central.host}:{central.port}: {e.strerror or e}") from None

    def cmd_certs_create(args: argparse.Namespace) -> int:
        from app.ocpp.security import CertificateError, create_self_signed

        out = Path(args.out) if args.out else config.data_dir() / "certs"
        try:
            cert, key = create_self_signed(out, args.host or None, force=args.force)
        except CertificateError as e:
            raise CliError(str(e)) from None
        print(f"certificate: {cert}")
        print(f"key:         {key}")
        print(f"start the central system with: chargedesk serve --tls-cert {cert} --tls-key {key}")
        return 0

    def cmd_certs_ca(args: argparse.Namespace) -> int:
        from app.ocpp.security import CertificateError
        from app.services.central.site_ca import create_local_ca  # as Settings → Central system makes it

        out = Path(args.out) if args.out else config.data_dir() / "certs"
        try:
            cert, key = create_local_ca(out, force=args.force)
        except CertificateError as e:
            raise CliError(str(e)) from None
        print(f"CA certificate: {cert}")
        print(f"CA key:         {key} (keep it private: whoever has it can make charger certificates)")
        print(
            f"sign a charger's certificate with: chargedesk certs sign CHARGE-POINT-ID --ca-cert {cert} --ca-key {key}"
        )
        print(f"and serve with: chargedesk serve --tls-cert ... --tls-key ... --tls-client-ca {cert}")
        return 0

    def cmd_certs_sign(args: argparse.Namespace) -> int:
        from app.ocpp.security import CertificateError, sign_charger_certificate

        certs = config.data_dir() / "certs"
        ca_cert = Path(args.ca_cert) if args.ca_cert else certs / "chargedesk-ca-cert.pem"
        ca_key = Path(args.ca_key) if args.ca_key else certs / "chargedesk-ca-key.pem"
        out = Path(args.out) if args.out else certs / "chargers"
        try:
            cert, key = sign_charger_certificate(args.cp_id, ca_cert, ca_key, out, force=args.force)
        except CertificateError as e:
            raise CliError(str(e)) from None
        print(f"certificate: {cert} (CN={args.cp_id})")
        print(f"key:         {key}")
        print(
            "install both on the charger, with the CA certificate, and set its station to security profile 3"
        )
        return 0

    sp = add(
        sub, "serve", cmd_serve, "run the OCPP central system without the console (stops on SIGTERM/SIGINT)"
    )
    sp.add_argument(
        "--host", default=None, help="address to listen on (default 0.0.0.0, or $CHARGEDESK_OCPP_HOST)"
    )
    sp.add_argument("--port", type=int, default=None, help="port (default 9000, or $CHARGEDESK_OCPP_PORT)")
    sp.add_argument(
        "--tls-cert", type=Path, default=None, metavar="FILE", help="PEM certificate: serve wss://"
    )
    sp.add_argument(
        "--tls-key", type=Path, default=None, metavar="FILE", help="PEM private key of --tls-cert"
    )
    sp.add_argument(
        "--tls-client-ca",
        type=Path,
        default=None,
        metavar="FILE",
        help="PEM CA certificate(s) of the chargers' client certificates (security profile 3; the local CA "
        "of 'certs ca' or the site's own)",
    )
    sp.add_argument(
        "--require-client-cert",
        action="store_true",
        help="every charger must present a client certificate signed by --tls-client-ca",
    )
    sp.add_argument(
        "--proxy-protocol",
        action="store_true",
        help="behind a TCP load balancer (HAProxy send-proxy-v2, nginx proxy_protocol): every connection starts "
        "with the PROXY protocol header carrying the charger's address; connections without one are dropped, so "
        "only the load balancer may reach this port",
    )
    sp.add_argument(
        "--unknown-chargers",
        choices=["reject", "pending", "accept"],
        default=None,
        help="what to do with a charger that has no station (default: pending)",
    )
    sp.add_argument(
        "--ping-interval",
        type=float,
        default=None,
        metavar="S",
        help="WebSocket ping interval in seconds (default 25)",
    )

    certs = sub.add_parser("certs", help="TLS certificates for wss:// and chargers' client certificates")
    certs_sub = certs.add_subparsers(dest="certs_command", metavar="ACTION", required=True)
    sp = add(
        certs_sub, "create", cmd_certs_create, "create a self-signed certificate for the LAN (needs openssl)"
    )
    sp.add_argument(
        "--out", default=None, metavar="DIR", help="directory (default: the data directory's certs/)"
    )
    sp.add_argument(
        "--host",
        action="append",
        default=None,
        metavar="NAME",
        help="host name or IP address the chargers use (repeatable; default: this machine's)",
    )
    sp.add_argument("--force", action="store_true", help="replace an existing certificate and key")
    sp = add(certs_sub, "ca", cmd_certs_ca, "create a local CA for chargers' client certificates (profile 3)")
    sp.add_argument(
        "--out", default=None, metavar="DIR", help="directory (default: the data directory's certs/)"
    )
    sp.add_argument(
        "--force", action="store_true", help="replace an existing CA (its certificates stop working)"
    )
    sp = add(
        certs_sub, "sign", cmd_certs_sign, "make a charger's client certificate (CN = its charge point id)"
    )
    sp.add_argument("cp_id", metavar="CHARGE-POINT-ID")
    sp.add_argument(
        "--ca-cert", default=None, metavar="FILE", help="CA certificate (default: the local CA's)"
    )
    sp.add_argument("--ca-key", default=None, metavar="FILE", help="CA key (default: the local CA's)")
    sp.add_argument(
        "--out", default=None, metavar="DIR", help="directory (default: the data directory's certs/chargers/)"
    )
    sp.add_argument("--force", action="store_true", help="replace an existing certificate and key")

    def cmd_simulate(args: argparse.Namespace) -> int:
        from app.simulator.cli import UsageError, run_simulate

        try:
            return run_simulate(args)
        except UsageError as e:
            raise CliError(str(e)) from None

    # argparse only: the client (websockets) is imported when the command runs
    from app.simulator.cli import add_arguments as simulate_arguments

    sp = add(
        sub,
        "simulate",
        cmd_simulate,
        "virtual chargers (OCPP 1.6/2.0.1) against a central system: boot, "
        "charge with realistic meter values, answer operations; stops on SIGINT/SIGTERM or after --duration",
    )
    simulate_arguments(sp)
    _charger_commands(sub, add)


# --- chargers through the site's central system ------------------------------------------------------------

#: what each `chargedesk charger ID ACTION` does: (Operations method, its help)
_CHARGER_ACTIONS = {
    "get-config": (
        "get_configuration",
        "read configuration keys (1.6 GetConfiguration; 2.0.1: use get-variables)",
    ),
    "get-variables": (
        "get_variables",
        "read a 2.0.1 charger's variables (GetVariables), each as COMPONENT.VARIABLE (e.g. "
        "OCPPCommCtrlr.HeartbeatInterval)",
    ),
    "change-config": ("change_configuration", "set one configuration key (1.6 ChangeConfiguration)"),
    "remote-start": ("remote_start", "start a charge (RemoteStartTransaction / RequestStartTransaction)"),
    "remote-stop": ("remote_stop", "stop a transaction (RemoteStopTransaction / RequestStopTransaction)"),
    "reset": ("reset", "reset the charger (soft unless --hard)"),
    "unlock": ("unlock_connector", "unlock a connector's cable"),
    "trigger": ("trigger_message", "ask the charger to send a message now (e.g. StatusNotification)"),
    "clear-cache": ("clear_cache", "clear the charger's authorization cache"),
    "availability": ("change_availability", "make a connector (0: the charger) Operative or Inoperative"),
}
#: answers that mean the charger did what it was asked
_DONE = {"Accepted", "Scheduled", "Unlocked", "RebootRequired"}


def _site_url(args: argparse.Namespace) -> str:
    from app.db.pgbus import is_postgresql

    url = config.database_url(args.db)
    if not is_postgresql(url):
        raise CliError(
            "chargers are reached through the site's central system on a shared PostgreSQL database (--db "
            "postgresql://...); on a SQLite file the console that holds it runs the chargers' operations"
        )
    return url


def cmd_chargers(args: argparse.Namespace) -> int:
    import asyncio

    from app.db.pgbus import BusUnavailable
    from app.services.central.site_bus import chargers_overview, describe_hosts, host_labels

    url = _site_url(args)
    _db(args, migrate=False).dispose()  # a schema newer than the code is said before anything else
    try:
        holders, nodes = asyncio.run(chargers_overview(url))
    except BusUnavailable as e:
        raise CliError(f"the site's database cannot be reached: {e}") from None
    stations = _stations(args)
    rows = []
    held = {h.cp_id: h for h in holders}
    labels = host_labels(nodes)
    for cp_id in sorted(set(stations) | set(held)):
        h = held.get(cp_id)
        if h is None:
            state, host, version = "offline", "", ""
        else:
            state = "connected" if h.alive else "host down"
            host, version = labels.get(h.node_id, h.host), h.ocpp_version
        rows.append((cp_id, stations.get(cp_id, "(no station)"), state, host, version))
    print(f"central system: {describe_hosts(nodes)}")
    if not rows:
        print("no chargers")
        return 0
    widths = [
        max(len(str(r[i])) for r in [("CHARGER", "STATION", "STATE", "HOST", "OCPP"), *rows])
        for i in range(5)
    ]
    for r in [("CHARGER", "STATION", "STATE", "HOST", "OCPP"), *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _stations(args: argparse.Namespace) -> dict[str, str]:
    from app.services.chargers.commissioning import list_chargers
    from app.services.store import Store

    database = _db(args, migrate=False)
    return {r.cp_id: r.station_name or "" for r in Store(database).read(list_chargers)}


def cmd_charger(args: argparse.Namespace) -> int:
    import asyncio
    import getpass
    import socket

    from app.db.pgbus import BusUnavailable
    from app.ocpp.chargepoint import ChargerCallError, ChargerOffline, ChargerTimeout, InvalidRequest
    from app.services.central.site_bus import HostError, SiteClient
    from app.services.chargers.operations import OperationNotSupported

    url = _site_url(args)
    method, _help = _CHARGER_ACTIONS[args.action]
    call_args, kwargs = _charger_call(args)

    async def run() -> object:
        client = SiteClient(
            url, program="cli", requested_by=f"cli:{getpass.getuser()}@{socket.gethostname()}"
        )
        await client.start()
        try:
            return await client.operation(args.charger, method, *call_args, timeout=args.timeout, **kwargs)
        finally:
            await client.stop()

    try:
        answer = asyncio.run(run())
    except ChargerCallError as e:
        print(json.dumps({"callError": {"code": e.code, "description": e.description}}, indent=2))
        print(f"chargedesk: {e}", file=sys.stderr)
        return 1
    except OperationNotSupported as e:
        hint = (
            " (chargedesk charger ID get-variables COMPONENT.VARIABLE ...)"
            if method == "get_configuration"
            else ""
        )
        raise CliError(f"{e}{hint}") from None
    except (ChargerOffline, ChargerTimeout, BusUnavailable, HostError, InvalidRequest) as e:
        raise CliError(str(e)) from None
    print(json.dumps(answer, indent=2, ensure_ascii=False))
    status = answer.get("status") if isinstance(answer, dict) else None
    if status is not None and status not in _DONE:
        print(f"chargedesk: {args.charger} answered {status}", file=sys.stderr)
        return 1
    return 0


def _charger_call(args: argparse.Namespace) -> tuple[list[object], dict[str, object]]:
    """The Operations call's arguments after the charge point id, from the action's options."""
    a = args.action
    if a == "get-config":
        return [args.key or None], {}
    if a == "get-variables":
        return [[_variable(v) for v in args.variable]], {}
    if a == "change-config":
        return [args.key_name, args.value], {}
    if a == "remote-start":
        return [args.tag], {"connector_id": args.connector}
    if a == "remote-stop":
        tx: object = int(args.transaction) if args.transaction.isdigit() else args.transaction
        return [tx], {}
    if a == "reset":
        return ["Hard" if args.hard else "Soft"], {}
    if a == "unlock":
        return [args.connector], {}
    if a == "trigger":
        return [args.message], {"connector_id": args.connector}
    if a == "availability":
        return [args.connector, args.state.capitalize()], {}
    return [], {}


def _variable(text: str) -> dict[str, object]:
    """``COMPONENT.VARIABLE`` as a 2.0.1 GetVariableData (the component is what comes before the first dot)."""
    component, dot, variable = text.partition(".")
    if not dot or not component or not variable:
        raise CliError(
            f"{text!r}: give each variable as COMPONENT.VARIABLE, e.g. OCPPCommCtrlr.HeartbeatInterval"
        )
    return {"component": {"name": component}, "variable": {"name": variable}}


def _charger_commands(sub: argparse._SubParsersAction, add: Callable[..., argparse.ArgumentParser]) -> None:
    add(
        sub, "chargers", cmd_chargers, "every charger of the site: its station, state and the host holding it"
    )
    chp = sub.add_parser(
        "charger",
        help="an operation on one charger, carried out by the host that holds it; prints the charger's answer "
        "(exit 1 when it refuses, 2 when it cannot be reached)",
    )
    chp.add_argument("charger", metavar="ID", help="the charge point id")
    acts = chp.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, (_method, help_) in _CHARGER_ACTIONS.items():
        sp = add(acts, name, cmd_charger, help_)
        sp.add_argument(
            "--timeout", type=float, default=30.0, metavar="S", help="the charger's time to answer"
        )
        if name == "get-config":
            sp.add_argument("--key", action="append", metavar="KEY", help="a key (repeat; default: all)")
        elif name == "get-variables":
            sp.add_argument("variable", nargs="+", metavar="COMPONENT.VARIABLE")
        elif name == "change-config":
            sp.add_argument("key_name", metavar="KEY")
            sp.add_argument("value", metavar="VALUE")
        elif name == "remote-start":
            sp.add_argument("--tag", required=True, metavar="TAG", help="the idTag to charge with")
            sp.add_argument("--connector", type=int, default=None, metavar="N")
        elif name == "remote-stop":
            sp.add_argument("--transaction", required=True, metavar="ID", help="the transaction id")
        elif name == "reset":
            sp.add_argument("--hard", action="store_true", help="a hard reset (a reboot)")
        elif name == "unlock":
            sp.add_argument("--connector", type=int, required=True, metavar="N")
        elif name == "trigger":
            sp.add_argument("message", metavar="MESSAGE", help="e.g. StatusNotification, BootNotification")
            sp.add_argument("--connector", type=int, default=None, metavar="N")
        elif name == "availability":
            sp.add_argument("--connector", type=int, default=0, metavar="N")
            sp.add_argument("state", choices=["operative", "inoperative"])


def run(argv: Sequence[str], *, console: Callable[[config.Settings, str | None], int] | None = None) -> int:
    global open_console
    if console is not None:
        open_console = console
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not hasattr(args, "db"):
        args.db = None
    verbose = bool(getattr(args, "verbose", False))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # our own messages at INFO; libraries (alembic prints a line per plugin) only when asked with -v
    logging.getLogger("app").setLevel(logging.DEBUG if verbose else logging.INFO)
    func = getattr(args, "func", cmd_gui)
    try:
        with _schema_refused():
            return int(func(args))
    except CliError as e:
        print(f"chargedesk: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        while _opened:
            _opened.pop().dispose()
