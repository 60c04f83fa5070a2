"""Users CSV import and export, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db import Database
from app.models import AuditEntry, Base, IdTag, User
from app.services.transfer.users_csv import CsvReport, UsersCsvError, export_users_csv, import_users_csv

GOOD = (
    "\ufeffName;E-Mail;Phone;Company;Cost Centre;Active;Tags;Tag_Label\r\n"
    "Eva Keller;eva@example.ch;+41 44 000 00 00;ACME;4711;yes;04a2b3c4 | deadbeef;badge\r\n"
    "Max Huber;max@example.ch;;ACME;;0;AA11BB22;\r\n"
    "\r\n"
    'Zoë Müller;zoe@example.ch;;"Müller & Söhne; Zürich";;TRUE;;\r\n'
)

BAD = (
    "name,email,active,tags,company\n"
    "Eva Keller,eva@example.ch,yes,04A2B3C4,ACME\n"  # 2: good
    ",nobody@example.ch,yes,,\n"  # 3: no name
    "Bad Mail,bad@,maybe,,\n"  # 4: e-mail and active
    'Multi Line,multi@example.ch,no,11112222,"ACME\nBranch Office"\n'  # 5-6: good, two physical lines
    "Long Tag,,,1234567890123456789012345678901234567,\n"  # 7: tag too long
    "Copy Cat,,,04a2b3c4,\n"  # 8: tag already on line 2
    "Thief,,,OWNED1,\n"  # 9: tag of a user in the database
    "\n"  # 10: blank
    "Eva Keller,other@example.ch,,,\n"  # 11: same user twice
    "Slash,,,AB/CD,\n"  # 12: character not allowed
    "Extra,,,,,surplus\n"  # 13: one field too many
)

BAD_ERRORS = [
    (3, "name is missing"),
    (4, "'bad@' is not an e-mail address"),
    (4, "active must be yes or no (or true/false, 1/0), not 'maybe'"),
    (
        7,
        "idTag 1234567890123456789012345678901234567 is longer than 36 characters (the OCPP 2.0.1 idToken limit; a 1.6 charger reads at most 20)",
    ),
    (8, "tag 04A2B3C4 is already on line 2"),
    (9, "tag OWNED1 belongs to Other Person"),
    (11, "user Eva Keller is already on line 2"),
    (12, "idTag 'AB/CD' may only contain letters, digits and - _ : ."),
    (13, "6 fields but the header has 5"),
]


def _users(s: Session) -> dict[str, User]:
    return {u.name: u for u in s.scalars(select(User).options(selectinload(User.tags)))}


def _seed_other(db: Database) -> None:
    with db.session() as s:
        other = User(name="Other Person")
        other.tags = [IdTag(id_tag="OWNED1")]
        s.add(other)


def test_import_good_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "users.csv"
    path.write_bytes(GOOD.encode("utf-8"))  # BOM, semicolons, CRLF, a blank line, a quoted ';'
    with db.session() as s:
        report = import_users_csv(s, path, actor="hr")
    assert report == CsvReport(written=3, updated=0, errors=[], unchanged=0, tags_added=3)
    with db.session() as s:
        users = _users(s)
        assert sorted(users) == ["Eva Keller", "Max Huber", "Zoë Müller"]
        eva = users["Eva Keller"]
        assert (eva.email, eva.phone, eva.company, eva.cost_centre, eva.active) == (
            "eva@example.ch",
            "+41 44 000 00 00",
            "ACME",
            "4711",
            True,
        )
        assert [(t.id_tag, t.label) for t in eva.tags] == [("04A2B3C4", "badge"), ("DEADBEEF", "badge")]
        assert users["Max Huber"].active is False
        assert users["Zoë Müller"].company == "Müller & Söhne; Zürich" and users["Zoë Müller"].active is True
        audits = s.scalars(select(AuditEntry)).all()
        assert {(a.entity, a.action) for a in audits} == {("user", "create"), ("id_tag", "create")}
        assert len(audits) == 3 + 3 and {a.actor for a in audits} == {"hr"}
        assert all(a.entity_id.isdigit() for a in audits)


def test_bad_rows_refuse_the_whole_file(db: Database) -> None:
    _seed_other(db)
    with db.session() as s:
        report = import_users_csv(s, BAD)
    assert report.errors == BAD_ERRORS
    assert (report.written, report.updated) == (0, 0)
    assert not report.ok and "line 13: 6 fields but the header has 5" in str(report)
    with db.session() as s:
        assert sorted(_users(s)) == ["Other Person"]
        assert s.scalars(select(IdTag.id_tag)).all() == ["OWNED1"]
        assert s.scalars(select(AuditEntry)).all() == []


def test_skip_bad_writes_the_good_rows(db: Database) -> None:
    _seed_other(db)
    with db.session() as s:
        report = import_users_csv(s, BAD, skip_bad=True)
    assert report.errors == BAD_ERRORS
    assert (report.written, report.updated, report.tags_added) == (2, 0, 2)
    with db.session() as s:
        users = _users(s)
        assert sorted(users) == ["Eva Keller", "Multi Line", "Other Person"]
        assert users["Multi Line"].company == "ACME\nBranch Office" and users["Multi Line"].active is False
        assert [t.id_tag for t in users["Other Person"].tags] == ["OWNED1"]  # not taken by line 9


def test_existing_user_is_updated_and_tags_are_added(db: Database) -> None:
    with db.session() as s:
        eva = User(name="Eva Keller", email="old@example.ch", phone="123", company="ACME")
        eva.tags = [IdTag(id_tag="04A2B3C4", label="old")]
        s.add(eva)
        s.add(IdTag(id_tag="LOOSE1"))  # a known card that nobody owns yet
        s.add(User(name="Max Huber", email="max@example.ch"))
    text = (
        "name,email,phone,tags\n"
        "Eva Keller,eva@example.ch,,04a2b3c4 loose1\n"  # phone empty: kept; 04A2B3C4 already hers
        "Max Huber,max@example.ch,,\n"
    )  # nothing new
    with db.session() as s:
        report = import_users_csv(s, text, actor="hr")
    assert (report.written, report.updated, report.unchanged, report.tags_added) == (0, 1, 1, 1)
    with db.session() as s:
        eva = _users(s)["Eva Keller"]
        assert (eva.email, eva.phone, eva.company) == ("eva@example.ch", "123", "ACME")
        assert [(t.id_tag, t.label) for t in eva.tags] == [("04A2B3C4", "old"), ("LOOSE1", "")]
        updates = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()
        assert {(a.entity, (a.changes or {})["key"]) for a in updates} == {
            ("user", "Eva Keller"),
            ("id_tag", "LOOSE1"),
        }
        eva_audit = next(a for a in updates if a.entity == "user")
        assert eva_audit.changes == {"key": "Eva Keller", "fields": ["email"], "tags_added": ["LOOSE1"]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"email;tags\nx@example.ch;1\n", "no 'name' column"),
        (b"name;mail;e-mail\nEva;a@b.ch;c@d.ch\n", "email appear more than once"),
        (b"name;badge\nEva;1\n", "unknown column(s) 'badge'"),
        ("name\nZoë\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_unreadable_files_raise(sqlite_db: Database, tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "users.csv"
    path.write_bytes(data)
    with (
        sqlite_db.session() as s,
        pytest.raises(UsersCsvError, match=message.replace("(", r"\(").replace(")", r"\)")),
    ):
        import_users_csv(s, path)


def test_export_round_trip(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        first = import_users_csv(s, GOOD)
        assert first.ok
        s.add(User(name="Adam Ant", active=False))  # no tags, inactive
    out1, out2 = tmp_path / "one.csv", tmp_path / "two.csv"
    with db.session() as s:
        assert export_users_csv(s, out1) == 4
    raw = out1.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfname,email,phone,company,cost_centre,active,tags,tag_label\r\n")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1] == "Adam Ant,,,,,no,,"
    # a text cell starting with + is neutralised (csv_safe); the import gives the value back (round trip below)
    assert lines[2] == "Eva Keller,eva@example.ch,'+41 44 000 00 00,ACME,4711,yes,04A2B3C4 DEADBEEF,badge"
    assert lines[4] == "Zoë Müller,zoe@example.ch,,Müller & Söhne; Zürich,,yes,,"

    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    with db.session() as s:
        report = import_users_csv(s, out1)
    assert (report.written, report.errors) == (4, [])
    with db.session() as s:
        export_users_csv(s, out2)
    assert out2.read_bytes() == raw


def test_export_neutralises_formulas_and_round_trips(db: Database, tmp_path: Path) -> None:
    """Cells a spreadsheet would run (= + - @ tab CR) are written with a leading quote; importing the file gives
    back every value exactly, also one that really begins with a quote."""
    values = {
        '=HYPERLINK("http://x";"y")': {"company": "-minus", "phone": "+41 1", "cost_centre": "@cc"},
        "'Quoted": {"company": "'", "phone": "", "cost_centre": "''two"},
        "Plain": {"company": "a=b", "phone": "", "cost_centre": "=1+cmd|' /C calc'!A0"},
    }
    with db.session() as s:
        for name, fields in values.items():
            user = User(name=name, email="", notes="", active=True, **fields)
            if name == "Plain":
                user.tags = [IdTag(id_tag="-12AB", label="=label"), IdTag(id_tag="-34CD", label="=label")]
            s.add(user)
    out1, out2 = tmp_path / "one.csv", tmp_path / "two.csv"
    with db.session() as s:
        assert export_users_csv(s, out1) == 3
    raw = out1.read_bytes()
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1] == "''Quoted,,,'','''two,yes,,"
    assert lines[2] == '"\'=HYPERLINK(""http://x"";""y"")",,\'+41 1,\'-minus,\'@cc,yes,,'
    assert lines[3] == "Plain,,,a=b,'=1+cmd|' /C calc'!A0,yes,'-12AB -34CD,'=label"

    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
    with db.session() as s:
        report = import_users_csv(s, out1)
    assert (report.written, report.errors) == (3, [])
    with db.session() as s:
        users = _users(s)
        assert sorted(users) == sorted(values)
        for name, fields in values.items():
            assert {k: getattr(users[name], k) for k in fields} == fields
        tags = sorted((t.id_tag, t.label) for t in users["Plain"].tags)
        assert tags == [("-12AB", "=label"), ("-34CD", "=label")]
    with db.session() as s:
        export_users_csv(s, out2)
    assert out2.read_bytes() == raw
