"""The PostgreSQL password kept out of the settings: splitting a URL, the libpq password file, the masked URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.admin.database import (
    DatabaseLogin,
    DatabaseUrlError,
    connect_url,
    database_login,
    masked_url,
    save_login,
    stored_password,
)


def test_a_password_goes_to_the_pass_file_escaped_and_comes_back(tmp_path: Path) -> None:
    pf = tmp_path / "pgpass"
    login = database_login("postgresql://eva:a%3Ab%5Cc@db.lan:5433/cd?sslmode=require", passfile=pf)
    assert login == DatabaseLogin("postgresql://eva@db.lan:5433/cd?sslmode=require", "a:b\\c")
    assert save_login(login, pf) == login.url
    assert pf.read_text() == "db.lan:5433:cd:eva:a\\:b\\\\c\n"  # libpq's escapes
    assert stored_password(login.url, pf) == "a:b\\c"
    assert masked_url(login.url, pf) == "postgresql://eva:•••@db.lan:5433/cd?sslmode=require"
    # the mask means "the stored password"; the password field wins over anything in the URL
    assert database_login(masked_url(login.url, pf), passfile=pf).password == "a:b\\c"
    assert database_login("postgresql://eva:old@db.lan:5433/cd", "new", passfile=pf).password == "new"
    assert connect_url(login.url, pf).startswith("postgresql://eva@db.lan:5433/cd?passfile=")


def test_one_entry_per_server_database_and_user(tmp_path: Path) -> None:
    pf = tmp_path / "pgpass"
    pf.write_text("# kept\nother:5432:*:max:theirs\n")
    save_login(database_login("postgresql://eva:one@h/db"), pf)
    save_login(database_login("postgresql://eva:two@h/db"), pf)
    assert pf.read_text() == "h:5432:db:eva:two\nother:5432:*:max:theirs\n"
    assert stored_password("postgresql://max@other/anything", pf) == "theirs"  # libpq's * matches
    assert stored_password("postgresql://eva@h/elsewhere", pf) is None
    assert masked_url("postgresql://eva@h/elsewhere", pf) == "postgresql://eva@h/elsewhere"


def test_sqlite_and_urls_without_password_are_left_alone(tmp_path: Path) -> None:
    pf = tmp_path / "pgpass"
    assert database_login("sqlite:////tmp/x.db", passfile=pf) == DatabaseLogin("sqlite:////tmp/x.db")
    assert save_login(database_login("postgresql://eva@h/db"), pf) == "postgresql://eva@h/db"
    assert not pf.exists()
    assert connect_url("postgresql://eva@h/db", pf) == "postgresql://eva@h/db"  # no pass file: as saved
    with pytest.raises(DatabaseUrlError):
        database_login("not a url")
