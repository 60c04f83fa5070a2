"""Sites and tariffs: the catalogue the stations and rules refer to (create, update, delete with validation
and an audit trail). Used by the console's Settings page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AccessSchedule, AccessWindow, DateException, Site, SpecialGrant, Station, Tariff
from app.services.admin.audit import audit
from app.services.central.config_version import bump as _bump_config
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict, claim, differences, last_change, merge
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.rules.numbers import parse_decimal
from app.services.store import Store
from app.services.validation import FormError, Problems


@dataclass
class SiteForm:
    name: str = ""
    timezone: str = "Europe/Zurich"
    currency: str = "CHF"
    vat_percent: str = "8.1"
    address: str = ""
    id: int | None = None
    revision: int = 0  # the stored revision the form was loaded from (0: a new site)


@dataclass
class TariffForm:
    name: str = ""
    per_kwh: str = "0"
    per_hour: str = "0"
    free_minutes: str = "0"
    start_fee: str = "0"
    vat_included: bool = True
    description: str = ""
    load_priority: str = "0"  # load strategy "tariff": sessions at a higher priority are served first
    id: int | None = None
    revision: int = 0  # the stored revision the form was loaded from (0: a new tariff)


def _money(problems: Problems, field: str, text: str, *, places: int = 4, percent: bool = False) -> Decimal:
    """A price (``percent``: a percentage) as typed: a finite number, not below zero, at most ``places`` decimals."""
    try:
        value = parse_decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        problems.add(
            field,
            (
                translate("Catalog", "{text} is not a percentage (e.g. 8.1)")
                if percent
                else translate("Catalog", "{text} is not a price (e.g. 0.35)")
            ).format(text=repr(text)),
        )
        return Decimal(0)
    if value < 0:
        problems.add(field, translate("Catalog", "cannot be below zero"))
    elif -value.as_tuple().exponent > places:  # type: ignore[operator]
        problems.add(field, translate("Catalog", "at most {places} decimals").format(places=places))
    return value


# --- the optimistic check ----------------------------------------------------------------------------

Form = TypeVar("Form", SiteForm, TariffForm)

SITE_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Catalog", "Name")),
    ("timezone", QT_TRANSLATE_NOOP("Catalog", "Time zone")),
    ("currency", QT_TRANSLATE_NOOP("Catalog", "Currency")),
    ("vat_percent", QT_TRANSLATE_NOOP("Catalog", "VAT %")),
    ("address", QT_TRANSLATE_NOOP("Catalog", "Address")),
)
TARIFF_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("Catalog", "Name")),
    ("per_kwh", QT_TRANSLATE_NOOP("Catalog", "Per kWh")),
    ("per_hour", QT_TRANSLATE_NOOP("Catalog", "Per hour")),
    ("free_minutes", QT_TRANSLATE_NOOP("Catalog", "Free minutes")),
    ("start_fee", QT_TRANSLATE_NOOP("Catalog", "Start fee")),
    ("vat_included", QT_TRANSLATE_NOOP("Catalog", "VAT included")),
    ("description", QT_TRANSLATE_NOOP("Catalog", "Description")),
    ("load_priority", QT_TRANSLATE_NOOP("Catalog", "Load priority")),
)


def keep_editing(loaded: Form, mine: Form, stored: Form) -> Form:
    """The site or tariff after a conflict's "Keep editing": the stored one (its revision) with the fields the
    operator changed since ``loaded``."""
    labels = SITE_FIELDS if isinstance(stored, SiteForm) else TARIFF_FIELDS
    return merge(loaded, mine, stored, [k for k, _ in labels])


def _fields(form: SiteForm | TariffForm, labels: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out = {}
    for key, label in labels:
        value = getattr(form, key)
        yes_no = translate("Catalog", "yes") if value else translate("Catalog", "no")
        out[translate("Catalog", label)] = yes_no if isinstance(value, bool) else str(value).strip()
    return out


def _conflict(
    session: Session,
    kind: str,
    key: int,
    loaded: SiteForm | TariffForm | None,
    stored: SiteForm | TariffForm | None,
    labels: tuple[tuple[str, str], ...],
    *,
    deleting: bool = False,
) -> EditConflict:
    shown = stored if stored is not None else loaded
    name = shown.name if shown is not None else str(key)
    return EditConflict(
        f"{kind} {name}",
        kind,
        revision=stored.revision if stored is not None else None,
        last=last_change(session, [(kind, key)]),
        differences=differences(_fields(loaded, labels), _fields(stored, labels))
        if loaded is not None and stored is not None
        else (),
        current=stored,
        deleting=deleting,
    )


def _check(
    session: Session,
    kind: str,
    table: Any,
    key: int,
    seen: int,
    loaded: SiteForm | TariffForm | None,
    read: Callable[[Session], list[Any]],
    labels: tuple[tuple[str, str], ...],
    *,
    deleting: bool = False,
) -> None:
    """Claim the row at revision ``seen`` or raise :class:`EditConflict` (what differs from ``loaded``)."""
    if not claim(session, table, key, seen):
        session.expire_all()  # read what is stored now, not what this session loaded before its UPDATE waited
        stored = next((f for f in read(session) if f.id == key), None)
        raise _conflict(session, kind, key, loaded, stored, labels, deleting=deleting)


# --- sites ---------------------------------------------------------------------------------------------


def sites(session: Session) -> list[SiteForm]:
    return [
        SiteForm(
            s.name,
            s.timezone,
            s.currency,
            f"{s.vat_percent:g}",
            s.address,
            s.id,
            s.revision,
        )
        for s in session.scalars(select(Site).order_by(Site.name))
    ]


AUDITED_SITE = ("name", "timezone", "currency", "vat_percent", "address")
AUDITED_TARIFF = (
    "name", "per_kwh", "per_hour", "start_fee", "free_minutes", "vat_included", "description", "load_priority",
)  # fmt: skip


def _audited(row: object, names: tuple[str, ...]) -> dict[str, object]:
    """A row's audited fields as JSON-able values (None for a row not created yet)."""
    if row is None:
        return {}
    out: dict[str, object] = {}
    for name in names:
        value = getattr(row, name)
        out[name] = format(value.normalize(), "f") if isinstance(value, Decimal) else value
    return out


def _changed(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    """What an update changed, each field as [before, after] (the name always, to say which row)."""
    changes: dict[str, object] = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    changes.setdefault("name", after.get("name"))
    return changes


def save_site(session: Session, form: SiteForm, *, base: SiteForm | None = None, actor: Actor = LOCAL) -> int:
    """Create (``form.id`` None) or update a site; :class:`FormError` for the fields, :class:`EditConflict` when
    someone saved it since ``form.revision`` (what differs from ``base``, the form as loaded). Nothing written then."""
    if form.id:
        _check(session, "site", Site.__table__, form.id, form.revision, base or form, sites, SITE_FIELDS)
    p = Problems()
    name = form.name.strip()
    p.check(bool(name), "name", translate("Catalog", "give the site a name"))
    if name:
        clash = session.scalar(
            select(Site.id).where(func.lower(Site.name) == name.lower(), Site.id != (form.id or -1))
        )
        p.check(
            clash is None,
            "name",
            translate("Catalog", "a site named {name} exists already").format(name=repr(name)),
        )
    try:
        ZoneInfo(form.timezone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        p.add(
            "timezone",
            translate("Catalog", "{zone} is not a time zone (an IANA name such as Europe/Zurich)").format(
                zone=repr(form.timezone)
            ),
        )
    currency = form.currency.strip().upper()
    p.check(
        len(currency) == 3 and currency.isalpha(),
        "currency",
        translate("Catalog", "a 3-letter currency code such as CHF or EUR"),
    )
    vat = _money(p, "vat_percent", form.vat_percent, places=2, percent=True)
    p.check(vat < 100, "vat_percent", translate("Catalog", "VAT is a percentage below 100"))
    p.raise_if_any()
    site = session.get(Site, form.id) if form.id else None
    action = "update" if site else "create"
    before = _audited(site, AUDITED_SITE)
    if site is None:
        site = Site(name=name)
        session.add(site)
    site.name, site.timezone, site.currency = name, form.timezone.strip(), currency
    site.vat_percent, site.address = vat, form.address.strip()
    session.flush()
    changes: dict[str, object] = (
        _changed(before, _audited(site, AUDITED_SITE)) if action == "update" else {"name": name}
    )
    audit(session, entity="site", entity_id=site.id, action=action, actor=actor, changes=changes)
    _bump_config(session)
    return site.id


def delete_site(
    session: Session,
    site_id: int,
    *,
    revision: int | None = None,
    base: SiteForm | None = None,
    actor: Actor = LOCAL,
) -> None:
    """With ``revision`` (the one the operator saw), :class:`EditConflict` when it changed since."""
    site = session.get(Site, site_id)
    if site is None:
        return
    if revision is not None:
        _check(session, "site", Site.__table__, site_id, revision, base, sites, SITE_FIELDS, deleting=True)
    n = session.scalar(select(func.count(Station.id)).where(Station.site_id == site_id)) or 0
    if n:
        raise FormError(
            {
                "name": translate(
                    "Catalog",
                    "{name} still has %n station(s); move or delete them first",
                    None,
                    PLURAL,
                    int(n),
                ).format(name=site.name)
            }
        )
    session.delete(site)
    audit(
        session, entity="site", entity_id=site_id, action="delete", actor=actor, changes={"name": site.name}
    )
    _bump_config(session)


def time_zones() -> list[str]:
    """The IANA zones a site may be in, as the editors offer them (Europe/Zurich, not Etc/GMT-1)."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))


def has_sites(session: Session) -> bool:
    return session.scalar(select(Site.id).limit(1)) is not None


# --- tariffs -------------------------------------------------------------------------------------------


def tariffs(session: Session) -> list[TariffForm]:
    return [
        TariffForm(
            t.name,
            f"{t.per_kwh.normalize():f}",
            f"{t.per_hour.normalize():f}",
            str(t.free_minutes),
            f"{t.start_fee.normalize():f}",
            t.vat_included,
            t.description,
            str(t.load_priority),
            t.id,
            t.revision,
        )
        for t in session.scalars(select(Tariff).order_by(Tariff.name))
    ]


def save_tariff(
    session: Session, form: TariffForm, *, base: TariffForm | None = None, actor: Actor = LOCAL
) -> int:
    """As :func:`save_site`, for a tariff."""
    if form.id:
        _check(
            session, "tariff", Tariff.__table__, form.id, form.revision, base or form, tariffs, TARIFF_FIELDS
        )
    p = Problems()
    name = form.name.strip()
    p.check(bool(name), "name", translate("Catalog", "give the tariff a name (e.g. employee)"))
    if name:
        clash = session.scalar(
            select(Tariff.id).where(func.lower(Tariff.name) == name.lower(), Tariff.id != (form.id or -1))
        )
        p.check(
            clash is None,
            "name",
            translate("Catalog", "a tariff named {name} exists already").format(name=repr(name)),
        )
    per_kwh = _money(p, "per_kwh", form.per_kwh)
    per_hour = _money(p, "per_hour", form.per_hour)
    start_fee = _money(p, "start_fee", form.start_fee)
    try:
        free = int(form.free_minutes.strip() or "0")
        p.check(
            0 <= free <= 7 * 24 * 60,
            "free_minutes",
            translate("Catalog", "minutes between 0 and 10080 (a week)"),
        )
    except ValueError:
        free = 0
        p.add(
            "free_minutes",
            translate("Catalog", "{text} is not a whole number of minutes").format(
                text=repr(form.free_minutes)
            ),
        )
    priority = load_priority(p, form.load_priority)
    p.raise_if_any()
    tariff = session.get(Tariff, form.id) if form.id else None
    action = "update" if tariff else "create"
    before = _audited(tariff, AUDITED_TARIFF)
    if tariff is None:
        tariff = Tariff(name=name)
        session.add(tariff)
    tariff.name, tariff.per_kwh, tariff.per_hour, tariff.start_fee = name, per_kwh, per_hour, start_fee
    tariff.free_minutes, tariff.vat_included, tariff.description = (
        free,
        form.vat_included,
        form.description.strip(),
    )
    tariff.load_priority = priority
    session.flush()
    changes: dict[str, object] = (
        _changed(before, _audited(tariff, AUDITED_TARIFF)) if action == "update" else {"name": name}
    )
    audit(session, entity="tariff", entity_id=tariff.id, action=action, actor=actor, changes=changes)
    _bump_config(session)
    return tariff.id


PRIORITY_RANGE = 1000


def load_priority(p: Problems, text: str) -> int:
    """A tariff's load priority as typed: a whole number from -1000 to 1000 (empty: 0)."""
    try:
        value = int(str(text).strip() or "0")
    except ValueError:
        p.add(
            "load_priority",
            translate("Catalog", "{text} is not a whole number (e.g. 10; higher is served first)").format(
                text=repr(text)
            ),
        )
        return 0
    p.check(
        -PRIORITY_RANGE <= value <= PRIORITY_RANGE,
        "load_priority",
        translate("Catalog", "a load priority is from -{most} to {most}").format(most=PRIORITY_RANGE),
    )
    return value


def tariff_usage(session: Session, tariff_id: int) -> int:
    """How many rules refer to the tariff (schedules, windows, exceptions, grants, owner tariffs)."""
    counts = [
        select(func.count()).select_from(AccessSchedule).where(AccessSchedule.default_tariff_id == tariff_id),
        select(func.count()).select_from(AccessWindow).where(AccessWindow.tariff_id == tariff_id),
        select(func.count()).select_from(DateException).where(DateException.tariff_id == tariff_id),
        select(func.count()).select_from(SpecialGrant).where(SpecialGrant.tariff_id == tariff_id),
        select(func.count()).select_from(Station).where(Station.owner_tariff_id == tariff_id),
    ]
    return sum(int(session.scalar(q) or 0) for q in counts)


def delete_tariff(
    session: Session,
    tariff_id: int,
    *,
    revision: int | None = None,
    base: TariffForm | None = None,
    actor: Actor = LOCAL,
) -> None:
    """With ``revision`` (the one the operator saw), :class:`EditConflict` when it changed since."""
    tariff = session.get(Tariff, tariff_id)
    if tariff is None:
        return
    if revision is not None:
        _check(
            session,
            "tariff",
            Tariff.__table__,
            tariff_id,
            revision,
            base,
            tariffs,
            TARIFF_FIELDS,
            deleting=True,
        )
    used = tariff_usage(session, tariff_id)
    if used:
        raise FormError(
            {
                "name": translate(
                    "Catalog", "'{name}' is used by %n rule(s); change them first", None, PLURAL, int(used)
                ).format(name=tariff.name)
            }
        )
    session.delete(tariff)
    audit(
        session,
        entity="tariff",
        entity_id=tariff_id,
        action="delete",
        actor=actor,
        changes={"name": tariff.name},
    )
    _bump_config(session)


class CatalogService:
    """The Settings page's sites and tariffs: one call per intention, each its own unit of work."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        """Who the audit trail names: the operator at the console (the store's principal)."""
        return self.store.principal

    def sites(self) -> list[SiteForm]:
        return self.store.read(sites)

    def save_site(self, form: SiteForm, *, base: SiteForm | None = None) -> int:
        """Creates or updates; raises :class:`FormError` (the form has problems) or :class:`EditConflict`
        (someone saved the site since ``form.revision``), nothing saved either way."""
        self.store.require(Permission.MANAGE_PRICES)
        return self.store.write(lambda s: save_site(s, form, base=base, actor=self.actor))

    def delete_site(self, site_id: int, *, revision: int | None = None, base: SiteForm | None = None) -> None:
        """Raises :class:`FormError` while stations are in the site, :class:`EditConflict` when ``revision`` is
        no longer the stored one."""
        self.store.require(Permission.MANAGE_PRICES)
        self.store.write(lambda s: delete_site(s, site_id, revision=revision, base=base, actor=self.actor))

    def tariffs(self) -> list[TariffForm]:
        return self.store.read(tariffs)

    # --- the first start: an empty database set up in one go --------------------------------------------

    def has_sites(self) -> bool:
        """False on an empty database (the console offers its first-start set-up then)."""
        return self.store.read(has_sites)

    def check_site(self, form: SiteForm) -> None:
        """:class:`FormError` when :meth:`save_site` would refuse ``form`` (the same rules and wording); nothing
        is written (the unit of work is rolled back)."""
        self.store.require(Permission.MANAGE_PRICES)
        self.store.read(lambda s: save_site(s, form, actor=self.actor))

    def check_tariff(self, form: TariffForm) -> None:
        """As :meth:`check_site`, for a tariff."""
        self.store.require(Permission.MANAGE_PRICES)
        self.store.read(lambda s: save_tariff(s, form, actor=self.actor))

    def set_up(self, site: SiteForm, tariff: TariffForm) -> tuple[int, int]:
        """The first site and its first tariff in one unit of work (both or neither: a :class:`FormError` of
        either writes nothing). Returns their ids."""
        self.store.require(Permission.MANAGE_PRICES)
        return self.store.write(
            lambda s: (save_site(s, site, actor=self.actor), save_tariff(s, tariff, actor=self.actor))
        )

    def save_tariff(self, form: TariffForm, *, base: TariffForm | None = None) -> int:
        """As :meth:`save_site`."""
        self.store.require(Permission.MANAGE_PRICES)
        return self.store.write(lambda s: save_tariff(s, form, base=base, actor=self.actor))

    def delete_tariff(
        self, tariff_id: int, *, revision: int | None = None, base: TariffForm | None = None
    ) -> None:
        """Raises :class:`FormError` while rules refer to the tariff, :class:`EditConflict` as
        :meth:`delete_site`."""
        self.store.require(Permission.MANAGE_PRICES)
        self.store.write(
            lambda s: delete_tariff(s, tariff_id, revision=revision, base=base, actor=self.actor)
        )


__all__ = [
    "CatalogService",
    "EditConflict",
    "SiteForm",
    "TariffForm",
    "delete_site",
    "delete_tariff",
    "has_sites",
    "keep_editing",
    "save_site",
    "save_tariff",
    "sites",
    "tariff_usage",
    "tariffs",
    "time_zones",
]
