"""A PostgreSQL database dumped before ``chargedesk db upgrade`` migrates it (the SQLite file's counterpart is the
copy :func:`app.db.migrate.backup_sqlite` makes).

``pg_dump`` (PostgreSQL's client, not a Python package) is found on ``PATH`` or, when it is not there, as the
newest ``/usr/lib/postgresql/<version>/bin/pg_dump`` (Debian's layout); it writes the custom format, which
``pg_restore`` reads back (``pg_restore --dbname <new database> <file>``). The password never goes on its command
line (``ps`` shows that): it goes in ``PGPASSWORD``.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from .engine import public_url

DEBIAN_GLOB = "/usr/lib/postgresql/*/bin/pg_dump"


class DumpFailed(RuntimeError):
    """No dump could be made (pg_dump failing, the file not writable): nothing was migrated."""


class PgDumpMissing(DumpFailed):
    """pg_dump is not installed (neither on PATH nor in /usr/lib/postgresql/*/bin)."""


def find_pg_dump() -> Path | None:
    """``pg_dump`` on PATH, else the newest of Debian's versioned ones; None when there is none."""
    on_path = shutil.which("pg_dump")
    if on_path:
        return Path(on_path)
    versions = []
    for p in glob.glob(DEBIAN_GLOB):
        m = re.search(r"/postgresql/(\d+)(?:\.(\d+))?/bin/", p)
        if m and os.access(p, os.X_OK):
            versions.append(((int(m[1]), int(m[2] or 0)), p))
    return Path(max(versions)[1]) if versions else None


def dump_file(
    directory: Path, url: str, before: str | None, after: str, at: dt.datetime | None = None
) -> Path:
    """``<directory>/chargedesk-<database>-<before>-to-<after>-<UTC time>.dump``."""
    stamp = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", make_url(url).database or "postgres")
    return directory / f"chargedesk-{name}-{before or 'empty'}-to-{after}-{stamp}.dump"


def libpq_url(url: str) -> tuple[str, str | None]:
    """``url`` as libpq reads it (``postgresql://``, no driver, no password) and its password."""
    password = make_url(url).password
    return public_url(url), (None if password is None else str(password))


def pg_dump(url: str, target: Path, program: Path) -> Path:
    """Dump the database at ``url`` to ``target`` (custom format) with ``program``; raises :class:`DumpFailed`
    with pg_dump's own words (the partial file removed)."""
    conninfo, password = libpq_url(url)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = password
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.close(
            os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        )  # it holds password hashes: 0600
    except OSError as e:
        raise DumpFailed(f"cannot write the dump {target}: {e.strerror or e}") from None
    argv = [str(program), "--format=custom", "--no-password", f"--file={target}", f"--dbname={conninfo}"]
    try:
        done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    except OSError as e:
        target.unlink(missing_ok=True)
        raise DumpFailed(f"cannot run {program}: {e.strerror or e}") from None
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        why = (
            " ".join(line.strip() for line in done.stderr.strip().splitlines()[-3:])
            or f"exit {done.returncode}"
        )
        raise DumpFailed(f"{program.name} failed: {why}")
    return target


__all__ = ["DumpFailed", "PgDumpMissing", "dump_file", "find_pg_dump", "libpq_url", "pg_dump"]
