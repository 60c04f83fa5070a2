"""Users and their RFID tags from and to CSV (the format HR and spreadsheet users have at hand).

Columns (a header row, any case, in any order; ``;`` or ``,`` as delimiter, found from the header line; UTF-8
with or without a BOM): ``name`` (required), ``email``, ``phone``, ``company``, ``cost_centre``, ``active``
(yes/no/true/false/1/0, default yes), ``tags`` (several separated by spaces or ``|``), ``tag_label``.

Rules: a user whose name exists is updated — a non-empty cell replaces the stored value, an empty cell keeps it,
and tags are only ever added. A tag owned by another user is an error, not a silent transfer. Without
``skip_bad`` one bad row means nothing is written; the report lists every problem with the file's line number
(the header is line 1). The caller's session is flushed, never committed.

Export neutralises text cells (:mod:`app.services.transfer.csv_safe`): a cell that begins with ``=``, ``+``, ``-``,
``@``, tab, CR or ``'`` is written with a ``'`` in front, so no spreadsheet runs it as a formula. Import removes one
leading ``'`` from every cell (the spreadsheet convention for "text"), so a file we exported comes back exactly,
including values that themselves begin with a quote (written ``''…``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import ID_TAG_MAX, ID_TAG_MAX_16, IdTag, TagStatus, User
from app.services.admin.audit import audit
from app.services.central import config_version
from app.services.i18n import translate
from app.services.revisions import touch
from app.services.roles import Actor
from app.services.rules.tags import normalise_tag
from app.services.transfer.csv_safe import neutralise_row, unquote

COLUMNS = ("name", "email", "phone", "company", "cost_centre", "active", "tags", "tag_label")
_ALIASES = {
    "cost_center": "cost_centre",
    "costcentre": "cost_centre",
    "costcenter": "cost_centre",
    "e_mail": "email",
    "mail": "email",
    "tag": "tags",
    "label": "tag_label",
}
_TEXT_FIELDS = ("email", "phone", "company", "cost_centre")
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}

TAG_PATTERN = re.compile(r"^[0-9A-Za-z\-_:.]+$")
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TAG_SPLIT = re.compile(r"[\s|]+")


def _max_len(column: str) -> int:
    length = getattr(User.__table__.c[column].type, "length", None)
    assert isinstance(length, int)
    return length


_LIMITS = {c: _max_len(c) for c in ("name", *_TEXT_FIELDS)}
_LABEL_MAX = getattr(IdTag.__table__.c["label"].type, "length", 120) or 120


# -- shared checks (also used by the JSON configuration import) -------------------------------------------


def tag_problem(tag: str) -> str | None:
    """Why ``tag`` (already normalised) cannot be an idTag, or None."""
    if not tag:
        return translate("UserChecks", "an idTag cannot be empty")
    if len(tag) > ID_TAG_MAX:
        return translate(
            "UserChecks",
            "idTag {tag} is longer than {limit} characters (the OCPP 2.0.1 idToken limit; "
            "a 1.6 charger reads at most {limit_16})",
        ).format(tag=tag, limit=ID_TAG_MAX, limit_16=ID_TAG_MAX_16)
    if not TAG_PATTERN.match(tag):
        return translate("UserChecks", "idTag {tag} may only contain letters, digits and - _ : .").format(
            tag=repr(tag)
        )
    return None


def email_problem(email: str) -> str | None:
    if email and not EMAIL_PATTERN.match(email):
        return translate("UserChecks", "{email} is not an e-mail address").format(email=repr(email))
    return None


# -- report and errors -----------------------------------------------------------------------------------


class UsersCsvError(ValueError):
    """The file as a whole cannot be read (encoding, header); no row was looked at."""


@dataclass
class CsvReport:
    written: int = 0  # users created
    updated: int = 0  # existing users changed (fields or tags)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message), file order
    unchanged: int = 0  # existing users the file did not change
    tags_added: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    def __str__(self) -> str:
        head = (
            f"{self.written} users created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.tags_added} tags added"
        )
        if not self.errors:
            return head
        lines = [f"line {n}: {msg}" for n, msg in self.errors]
        return "\n".join([f"{head}; {len(self.errors)} problems:", *lines])


@dataclass
class _Pending:
    """An audit entry to write once the row has an id."""

    obj: User | IdTag
    entity: str
    action: str
    changes: dict[str, object]


@dataclass
class _Row:
    line: int
    name: str
    values: dict[str, str]  # non-empty text fields
    active: bool | None
    tags: list[str]
    tag_label: str


# -- reading ---------------------------------------------------------------------------------------------


def _read_text(path_or_text: str | Path | bytes) -> str:
    """A :class:`Path` is a file; a ``str`` with a line break is CSV text, without one a file name."""
    if isinstance(path_or_text, str) and ("\n" in path_or_text or "\r" in path_or_text):
        return path_or_text.removeprefix("\ufeff")
    data = path_or_text if isinstance(path_or_text, bytes) else Path(path_or_text).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsersCsvError(
            translate(
                "UserChecks", "the file is not UTF-8 text (byte {byte}); save it as 'CSV UTF-8'"
            ).format(byte=exc.start)
        ) from exc


def _header_key(cell: str) -> str:
    key = re.sub(r"[\s\-]+", "_", cell.strip().lower())
    return _ALIASES.get(key, key)


def _sniff_delimiter(text: str) -> str:
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    return ";" if first.count(";") > first.count(",") else ","


def _parse_active(value: str) -> bool | None:
    v = value.strip().lower()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    raise ValueError(
        translate("UserChecks", "active must be yes or no (or true/false, 1/0), not {value}").format(
            value=repr(value)
        )
    )


def _rows(text: str) -> tuple[list[str], Iterable[tuple[int, list[str]]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise UsersCsvError(
            translate("UserChecks", "the file is empty; the first line must be the header")
        ) from None
    except csv.Error as exc:
        raise UsersCsvError(
            translate("UserChecks", "line {line}: {problem}").format(line=1, problem=exc)
        ) from exc
    if not any(c.strip() for c in header):
        raise UsersCsvError(
            translate("UserChecks", "line 1 is empty; the first line must be the header (name;email;…)")
        )
    columns = [_header_key(c) for c in header]
    unknown = [h for h, c in zip(header, columns, strict=True) if c not in COLUMNS]
    if unknown:
        raise UsersCsvError(
            translate("UserChecks", "unknown column(s) {unknown}; the columns are {columns}").format(
                unknown=", ".join(repr(u) for u in unknown), columns=", ".join(COLUMNS)
            )
        )
    dupes = sorted({c for c in columns if columns.count(c) > 1})
    if dupes:
        raise UsersCsvError(
            translate("UserChecks", "column(s) {columns} appear more than once in the header").format(
                columns=", ".join(dupes)
            )
        )
    if "name" not in columns:
        raise UsersCsvError(translate("UserChecks", "the header has no 'name' column"))

    def body() -> Iterable[tuple[int, list[str]]]:
        previous = reader.line_num
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise UsersCsvError(
                    translate("UserChecks", "line {line}: {problem}").format(line=previous + 1, problem=exc)
                ) from exc
            yield previous + 1, cells
            previous = reader.line_num

    return columns, body()


def _parse_row(line: int, columns: list[str], cells: list[str]) -> tuple[_Row, list[str]]:
    problems: list[str] = []
    if len(cells) > len(columns) and any(c.strip() for c in cells[len(columns) :]):
        problems.append(f"{len(cells)} fields but the header has {len(columns)}")
    raw = {c: (unquote(cells[i].strip()) if i < len(cells) else "") for i, c in enumerate(columns)}
    name = raw.get("name", "")
    if not name:
        problems.append("name is missing")
    for key in ("name", *_TEXT_FIELDS):
        if len(raw.get(key, "")) > _LIMITS[key]:
            problems.append(f"{key} is longer than {_LIMITS[key]} characters")
    if (p := email_problem(raw.get("email", ""))) is not None:
        problems.append(p)
    active: bool | None = None
    if raw.get("active"):
        try:
            active = _parse_active(raw["active"])
        except ValueError as exc:
            problems.append(str(exc))
    tags: list[str] = []
    for t in _TAG_SPLIT.split(raw.get("tags", "")):
        tag = normalise_tag(t)
        if not tag:
            continue
        if (p := tag_problem(tag)) is not None:
            problems.append(p)
        elif tag not in tags:
            tags.append(tag)
    label = raw.get("tag_label", "")
    if len(label) > _LABEL_MAX:
        problems.append(f"tag_label is longer than {_LABEL_MAX} characters")
    values = {k: raw[k] for k in _TEXT_FIELDS if raw.get(k)}
    return _Row(line, name, values, active, tags, label), problems


# -- import ----------------------------------------------------------------------------------------------


def import_users_csv(
    session: Session, path_or_text: str | Path | bytes, *, skip_bad: bool = False, actor: Actor = "import"
) -> CsvReport:
    """Create or update users and their tags from CSV; see the module docstring for the rules.

    Raises :class:`UsersCsvError` when the file itself cannot be read (nothing is written then either).
    """
    columns, body = _rows(_read_text(path_or_text))
    users = {u.name: u for u in session.scalars(select(User).options(selectinload(User.tags)))}
    tags = {t.id_tag: t for t in session.scalars(select(IdTag).options(selectinload(IdTag.user)))}

    report = CsvReport()
    good: list[_Row] = []
    name_line: dict[str, int] = {}
    tag_line: dict[str, int] = {}
    for line, cells in body:
        if not any(c.strip() for c in cells):
            continue  # blank line
        row, problems = _parse_row(line, columns, cells)
        if row.name:
            if row.name in name_line:
                problems.append(f"user {row.name} is already on line {name_line[row.name]}")
            else:
                name_line[row.name] = line
        for tag in row.tags:
            if tag in tag_line:
                problems.append(f"tag {tag} is already on line {tag_line[tag]}")
            else:
                tag_line[tag] = line
            known = tags.get(tag)
            if known is not None and known.user is not None and known.user.name != row.name:
                problems.append(f"tag {tag} belongs to {known.user.name}")
        if problems:
            report.errors.extend((line, p) for p in problems)
        else:
            good.append(row)

    if report.errors and not skip_bad:
        return report
    pending: list[_Pending] = []
    with session.no_autoflush:
        for row in good:
            _apply_row(session, row, users, tags, report, pending)
    session.flush()
    for p in pending:
        audit(session, entity=p.entity, entity_id=p.obj.id, action=p.action, actor=actor, changes=p.changes)
    # a user editor open on an updated user gets a conflict instead of writing the old values back
    touch(session, User.__table__, [p.obj.id for p in pending if p.entity == "user" and p.action == "update"])
    session.flush()
    if pending:
        config_version.bump(session)  # users and tags changed: the central system's rules cache starts again
    return report


def _apply_row(
    session: Session,
    row: _Row,
    users: dict[str, User],
    tags: dict[str, IdTag],
    report: CsvReport,
    pending: list[_Pending],
) -> None:
    user = users.get(row.name)
    created = user is None
    if user is None:
        user = User(name=row.name, email="", phone="", company="", cost_centre="", active=True, notes="")
        session.add(user)
        users[row.name] = user
    changed: list[str] = []
    for key, value in row.values.items():
        if getattr(user, key) != value:
            setattr(user, key, value)
            changed.append(key)
    if row.active is not None and user.active != row.active:
        user.active = row.active
        changed.append("active")
    added: list[str] = []
    relabelled = False
    for tag_id in row.tags:
        tag = tags.get(tag_id)
        tag_changes: dict[str, object] = {"key": tag_id}
        if tag is None:
            tag = IdTag(id_tag=tag_id, label=row.tag_label, status=TagStatus.ACTIVE)
            tags[tag_id] = tag
            session.add(tag)
            tag.user = user
            pending.append(_Pending(tag, "id_tag", "create", {**tag_changes, "user": row.name}))
            added.append(tag_id)
            continue
        if row.tag_label and tag.label != row.tag_label:
            tag.label = row.tag_label
            tag_changes["label"] = row.tag_label
            relabelled = True
        if tag.user is not user:
            tag.user = user
            tag_changes["user"] = row.name
            added.append(tag_id)
        if len(tag_changes) > 1:
            pending.append(_Pending(tag, "id_tag", "update", tag_changes))
    report.tags_added += len(added)
    if created:
        report.written += 1
        pending.append(_Pending(user, "user", "create", {"key": row.name, "tags": row.tags}))
    elif changed or added or relabelled:
        report.updated += 1
        pending.append(
            _Pending(user, "user", "update", {"key": row.name, "fields": changed, "tags_added": added})
        )
    else:
        report.unchanged += 1


# -- export ----------------------------------------------------------------------------------------------


def export_users_csv(session: Session, path: str | Path, *, delimiter: str = ",") -> int:
    """Write every user with the import's columns (UTF-8 with a BOM, so spreadsheets read accents right).

    ``tag_label`` is written when all of a user's tags share one label. Tag status and expiry are not part of
    this format (the JSON configuration carries them). Returns the number of users written.
    """
    users = session.scalars(select(User).options(selectinload(User.tags)).order_by(User.name)).all()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for u in users:
        tag_ids = sorted(t.id_tag for t in u.tags)
        labels = {t.label for t in u.tags}
        label = labels.pop() if len(labels) == 1 else ""
        writer.writerow(
            neutralise_row(
                [
                    u.name,
                    u.email,
                    u.phone,
                    u.company,
                    u.cost_centre,
                    "yes" if u.active else "no",
                    " ".join(tag_ids),
                    label,
                ]
            )
        )
    Path(path).write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return len(users)
