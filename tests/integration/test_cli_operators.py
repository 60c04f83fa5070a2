"""``chargedesk operators …`` as a script or an installer uses it: real processes against a real SQLite file
and the suite's PostgreSQL; each change audited as "cli:<OS user>" on this machine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Operator, OperatorRole
from app.services.admin.passwords import is_hash
from app.services.roles import cli_principal, machine_name

PASSWORD = "a long password"


def cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("CHARGEDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", url, "operators", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def ok(url: str, *args: str, stdin: str = "") -> str:
    done = cli(url, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def refused(url: str, *args: str, stdin: str = "") -> str:
    done = cli(url, *args, stdin=stdin)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("chargedesk: ") and done.stderr.count("\n") == 1, done.stderr  # one line
    return done.stderr


def test_operators_from_the_command_line(db_url: str, db: Database) -> None:
    out = ok(
        db_url,
        "add",
        "anna",
        "--role",
        "manager",
        "--name",
        "Anna Meier",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert out == "operator anna added (manager)\n"
    ok(db_url, "add", "Tom", "--role", "technician", "--password-stdin", stdin=PASSWORD + "\n")
    listed = ok(db_url, "list").splitlines()
    assert [line.split()[:3] for line in listed] == [
        ["anna", "manager", "active"],
        ["Tom", "technician", "active"],
    ]
    assert "Anna Meier" in listed[0]

    assert "needs at least 10 characters" in refused(
        db_url, "add", "eve", "--role", "viewer", "--password-stdin", stdin="short\n"
    )
    assert "is taken" in refused(
        db_url, "add", "ANNA", "--role", "viewer", "--password-stdin", stdin=PASSWORD + "\n"
    )
    assert "no operator named 'nobody'" in refused(db_url, "unlock", "nobody")
    assert "use --password-stdin" in refused(db_url, "reset-password", "tom")  # no terminal here
    assert "at least one active manager" in refused(db_url, "deactivate", "anna")
    assert "at least one active manager" in refused(db_url, "set-role", "anna", "viewer")

    ok(db_url, "set-role", "tom", "manager")
    ok(db_url, "reset-password", "tom", "--password-stdin", stdin="another long one\n")
    ok(db_url, "unlock", "tom")
    assert ok(db_url, "deactivate", "anna").startswith("operator anna deactivated")

    with db.session() as s:
        rows = {o.username: o for o in s.scalars(select(Operator))}
        assert (rows["Tom"].role, rows["anna"].active) == (OperatorRole.MANAGER, False)
        assert all(is_hash(o.password_hash) for o in rows.values())
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert [(e.entity_id, e.action) for e in entries] == [
        ("anna", "create"),
        ("Tom", "create"),
        ("Tom", "role"),
        ("Tom", "password"),
        ("Tom", "unlock"),
        ("anna", "deactivate"),
    ]
    assert {(e.actor, e.machine) for e in entries} == {(cli_principal().username, machine_name())}
    for e in entries:
        assert "long" not in str(e.changes) and "pbkdf2" not in str(e.changes)


@pytest.mark.parametrize("args", [["add", "x"], ["set-role", "x", "boss"]])
def test_bad_arguments_exit_non_zero(db_url: str, args: list[str]) -> None:
    done = cli(db_url, *args)
    assert done.returncode != 0 and "usage:" in done.stderr
