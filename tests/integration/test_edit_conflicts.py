"""Optimistic concurrency on every editor (issue 12, "Consistency"): two consoles, each with its own engine on the
same database (SQLite file or PostgreSQL), open the same thing; the second save of something changed in between
is refused with the fields and who changed them, and nothing of it is written.

Console A is ``a`` (the ``db`` fixture's engine), console B is ``b`` (a second engine, as another process)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import event, select

from app.db import Database
from app.models import AccessSchedule, Connector, SpecialGrant, Station, User
from app.services.admin.access_plans import AccessPlansService, PlanForm, WindowRow
from app.services.admin.catalog import CatalogService, SiteForm, TariffForm
from app.services.admin.site_settings import SettingValue, SiteSettingsService
from app.services.admin.stations import AccessMode, StationForm, StationsService
from app.services.admin.users import TagForm, UserForm, UsersService, save_user
from app.services.revisions import EditConflict
from app.services.store import Store, open_database
from app.services.transfer.site_config import export_config, import_config
from app.services.transfer.users_csv import import_users_csv
from tests.helpers.factories import MON_FRI, operator, seed_access_site


@dataclass
class Console:
    database: Database
    store: Store
    users: UsersService
    stations: StationsService
    plans: AccessPlansService
    catalog: CatalogService
    settings: SiteSettingsService


def console(database: Database, actor: str) -> Console:
    store = Store(database, principal=operator(actor))
    return Console(
        database,
        store,
        UsersService(store),
        StationsService(store),
        AccessPlansService(store),
        CatalogService(store),
        SiteSettingsService(store),
    )


@pytest.fixture
def a(db: Database) -> Iterator[Console]:
    seed_access_site(db)
    c = console(db, "Anna")
    yield c
    c.store.close()


@pytest.fixture
def b(a: Console) -> Iterator[Console]:
    other = open_database(a.database.url)
    c = console(other, "Bruno")
    yield c
    c.store.close()
    other.dispose()


def user_id(c: Console, name: str) -> int:
    return next(r.id for r in c.users.search(name).rows if r.name == name)


def station_id(c: Console, cp: str) -> int:
    with c.database.session() as s:
        return s.scalars(select(Station.id).where(Station.charge_point_id == cp)).one()


def recent(at: dt.datetime | None) -> bool:
    return at is not None and abs(dt.datetime.now(dt.UTC) - at) < dt.timedelta(minutes=5)


# --- user, tags -------------------------------------------------------------------------------------------------------


def test_a_user_saved_in_between_is_not_overwritten(a: Console, b: Console) -> None:
    eva = user_id(a, "Eva Keller")
    mine, theirs = a.users.load(eva), b.users.load(eva)
    b.users.save(replace(theirs, email="eva@example.com"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.users.save(replace(mine, phone="+41 44 000 00 00"), base=mine)
    conflict = refused.value
    assert (conflict.what, conflict.actor, recent(conflict.at)) == ("user Eva Keller", "Bruno", True)
    assert [d.text() for d in conflict.differences] == ["E-mail: (empty) → eva@example.com"]
    assert conflict.sentence().startswith("Bruno saved this user at ")
    assert conflict.sentence().endswith(
        "while you were editing: E-mail: (empty) → eva@example.com. Your changes are not saved."
    )
    stored = a.users.load(eva)
    assert (stored.email, stored.phone) == ("eva@example.com", "")  # nothing of A's save
    assert conflict.current == stored and conflict.revision == stored.revision

    # "Keep editing": A's values stay in the form, the next save is made against Bruno's revision
    kept = replace(mine, phone="+41 44 000 00 00", revision=conflict.revision)
    a.users.save(kept, base=conflict.current)
    assert (a.users.load(eva).email, a.users.load(eva).phone) == ("", "+41 44 000 00 00")


def test_saves_one_after_the_other_are_not_conflicts(a: Console, b: Console) -> None:
    eva = user_id(a, "Eva Keller")
    first = a.users.load(eva)
    a.users.save(replace(first, email="eva@example.com"), base=first)
    second = b.users.load(eva)  # loaded after A's save
    b.users.save(replace(second, phone="079"), base=second)
    again = a.users.load(eva)
    a.users.save(replace(again, company="ACME"), base=again)
    stored = a.users.load(eva)
    assert (stored.email, stored.phone, stored.company) == ("eva@example.com", "079", "ACME")
    assert stored.revision == first.revision + 3


def test_a_tag_changed_in_between_is_a_conflict_of_the_user(a: Console, b: Console) -> None:
    eva = user_id(a, "Eva Keller")
    mine, theirs = a.users.load(eva), b.users.load(eva)
    theirs_tags = [replace(t, label="blue card") if t.id_tag == "04A2B3C4D5" else t for t in theirs.tags]
    b.users.save(replace(theirs, tags=theirs_tags), base=theirs)
    my_tags = [*mine.tags, TagForm(id_tag="CAFE0001", label="new card")]
    with pytest.raises(EditConflict) as refused:
        a.users.save(replace(mine, tags=my_tags), base=mine)
    assert refused.value.actor == "Bruno"
    assert [d.text() for d in refused.value.differences] == [
        "Tag 04A2B3C4D5: no label, active → blue card, active"
    ]
    assert "CAFE0001" not in a.users.load(eva).tags.__repr__()  # the new card was not written


def test_a_card_assigned_from_the_unknown_list_is_not_dropped_by_an_open_editor(
    a: Console, b: Console
) -> None:
    eva = user_id(a, "Eva Keller")
    mine = a.users.load(eva)
    with b.database.session() as s:
        from app.models import UnknownTag
        from app.services.admin.users import assign_unknown_tag

        unknown = UnknownTag(id_tag="DEADBEEF", charge_point_id="CP-HALLB")
        s.add(unknown)
        s.flush()
        assign_unknown_tag(s, unknown.id, eva, actor="Bruno")
    with pytest.raises(EditConflict) as refused:
        a.users.save(replace(mine, notes="x"), base=mine)
    assert [d.field for d in refused.value.differences] == ["Tag DEADBEEF"]


def test_deleting_a_user_changed_in_between_is_refused(a: Console, b: Console) -> None:
    eva = user_id(a, "Eva Keller")
    mine, theirs = a.users.load(eva), b.users.load(eva)
    b.users.save(replace(theirs, notes="VIP"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.users.delete(eva, revision=mine.revision, base=mine)
    assert refused.value.deleting and refused.value.sentence().endswith("Nothing was deleted.")
    assert [d.text() for d in refused.value.differences] == ["Notes: (empty) → VIP"]
    assert a.users.load(eva).notes == "VIP"
    fresh = a.users.load(eva)
    assert a.users.delete(eva, revision=fresh.revision) is not None


def test_the_users_csv_import_moves_the_revision_on(a: Console, b: Console) -> None:
    eva = user_id(a, "Eva Keller")
    mine = a.users.load(eva)
    with b.database.session() as s:
        import_users_csv(s, b"name,email\nEva Keller,eva@import.example\n", actor="import")
    with pytest.raises(EditConflict) as refused:
        a.users.save(replace(mine, phone="1"), base=mine)
    assert refused.value.actor == "import"
    assert [d.text() for d in refused.value.differences] == ["E-mail: (empty) → eva@import.example"]


# --- station, connectors, grants --------------------------------------------------------------------------------------


def test_station_fields_only_one_side_changed_are_merged(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.stations.open_editor(hall).form, b.stations.open_editor(hall).form
    b.stations.save(replace(theirs, name="Hall B (north)"), base=theirs)
    a.stations.save(replace(mine, notes="key at the desk"), base=mine)
    stored = a.stations.open_editor(hall).form
    assert (stored.name, stored.notes) == ("Hall B (north)", "key at the desk")
    assert stored.revision == mine.revision + 2


def test_a_station_field_both_changed_is_a_conflict(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.stations.open_editor(hall).form, b.stations.open_editor(hall).form
    b.stations.save(replace(theirs, name="Hall B (north)"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, name="Hall B (south)", notes="key at the desk"), base=mine)
    conflict = refused.value
    assert (conflict.what, conflict.actor, recent(conflict.at)) == ("station Hall B (north)", "Bruno", True)
    assert [d.text() for d in conflict.differences] == ["Name: Hall B → Hall B (north)"]
    stored = a.stations.open_editor(hall).form
    assert (stored.name, stored.notes) == ("Hall B (north)", "")  # nothing of A's save, not even the notes
    # the same value on both sides is no conflict
    a.stations.save(replace(mine, name="Hall B (north)", revision=conflict.revision), base=conflict.current)


def test_a_connector_both_changed_is_a_conflict(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.stations.open_editor(hall).form, b.stations.open_editor(hall).form
    theirs_c = [replace(c, plug_type="CCS") if c.number == 1 else c for c in theirs.connectors]
    b.stations.save(replace(theirs, connectors=theirs_c), base=theirs)
    my_c = [replace(c, plug_type="CHAdeMO") if c.number == 1 else c for c in mine.connectors]
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, connectors=my_c), base=mine)
    assert [d.text() for d in refused.value.differences] == ["Connector 1 plug type: Type2 → CCS"]
    # another connector's change merges
    my_c = [replace(c, max_kw=22.0) if c.number == 2 else c for c in mine.connectors]
    a.stations.save(replace(mine, connectors=my_c), base=mine)
    stored = {c.number: c for c in a.stations.open_editor(hall).form.connectors}
    assert (stored[1].plug_type, stored[2].max_kw) == ("CCS", 22.0)


def test_a_connector_removed_after_someone_changed_it_is_a_conflict(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.stations.open_editor(hall).form, b.stations.open_editor(hall).form
    theirs_c = [replace(c, max_kw=11.0) if c.number == 1 else c for c in theirs.connectors]
    b.stations.save(replace(theirs, connectors=theirs_c), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, connectors=[c for c in mine.connectors if c.number != 1]), base=mine)
    assert "Connector 1 max kW: (empty) → 11.0" in [d.text() for d in refused.value.differences]
    with a.database.session() as s:
        assert s.scalar(select(Connector.id).where(Connector.station_id == hall, Connector.connector_id == 1))


def test_a_special_user_both_changed_is_a_conflict(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.stations.open_editor(hall).form, b.stations.open_editor(hall).form
    b.stations.save(replace(theirs, grants=[replace(theirs.grants[0], tariff_id=None)]), base=theirs)
    later = replace(mine.grants[0], valid_until=dt.date(2026, 12, 31))
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, grants=[later]), base=mine)
    (diff,) = refused.value.differences
    assert diff.field.startswith("Special user Sara Sommer")
    assert "tariff guest" in diff.loaded and "tariff" not in diff.stored
    stored = a.stations.open_editor(hall).form.grants[0]
    assert (stored.valid_until, stored.tariff_id) == (mine.grants[0].valid_until, None)


def test_the_schedule_calendar_default_moves_the_station_on(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine = a.stations.open_editor(hall).form
    plan = b.plans.load_plan(hall)
    b.plans.save(replace(plan, default_mode=AccessMode.PRIVATE), base=plan)
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, default_mode=AccessMode.LIMITED), base=mine)
    assert [d.text() for d in refused.value.differences] == [
        "Access: Public, tariff public → Private, tariff public"
    ]


def test_deleting_a_station_changed_in_between_is_refused(a: Console, b: Console) -> None:
    garage = station_id(a, "CP-GARAGE")
    mine, theirs = a.stations.open_editor(garage).form, b.stations.open_editor(garage).form
    b.stations.save(replace(theirs, notes="needed"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.stations.delete(garage, revision=mine.revision, base=mine)
    assert refused.value.deleting and [d.text() for d in refused.value.differences] == [
        "Notes: (empty) → needed"
    ]
    assert station_id(a, "CP-GARAGE") == garage


def test_the_config_import_moves_the_station_on(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine = a.stations.open_editor(hall).form
    with b.database.session() as s:
        doc = export_config(s)
        for st in doc["stations"]:
            if st["charge_point_id"] == "CP-HALLB":
                st["name"] = "Hall B imported"
        import_config(s, doc, actor="import")
    with pytest.raises(EditConflict) as refused:
        a.stations.save(replace(mine, name="Hall B mine"), base=mine)
    assert refused.value.actor == "import"
    assert [d.text() for d in refused.value.differences] == ["Name: Hall B → Hall B imported"]


# --- schedule, grant windows -------------------------------------------------------------------------------------------


def test_a_schedule_saved_in_between_is_not_overwritten(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    mine, theirs = a.plans.load_plan(hall), b.plans.load_plan(hall)
    b.plans.save(replace(theirs, exceptions=theirs.exceptions[:1]), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.plans.save(replace(mine, windows=[]), base=mine)
    conflict = refused.value
    assert (conflict.what, conflict.actor) == ("schedule of Hall B", "Bruno")
    assert [d.text() for d in conflict.differences] == [
        "Exception 2026-12-25: Christmas: Private all day → (empty)"
    ]
    stored = a.plans.load_plan(hall)
    assert isinstance(stored, PlanForm) and stored.windows == mine.windows  # A's emptying was not written
    # after a save from the same console, its next save is no conflict
    saved = a.plans.save(replace(stored, windows=[]), base=stored)
    assert isinstance(saved, PlanForm)
    a.plans.save(replace(saved, windows=[WindowRow(MON_FRI, 600, 700, AccessMode.PRIVATE)]), base=saved)


def test_removing_a_connector_override_changed_in_between_is_refused(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    with a.database.session() as s:
        c2 = s.scalars(
            select(AccessSchedule.connector_pk).where(
                AccessSchedule.station_id == hall, AccessSchedule.connector_pk.is_not(None)
            )
        ).first()
        assert c2 is not None
    mine, theirs = a.plans.load_plan(hall, c2), b.plans.load_plan(hall, c2)
    b.plans.save(replace(theirs, default_mode=AccessMode.LIMITED), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.plans.remove_connector_override(c2, revision=mine.revision, base=mine)
    assert [d.text() for d in refused.value.differences] == ["Default: Private → Limited"]
    assert a.plans.load_plan(hall, c2).exists


def test_a_special_users_times_saved_in_between_are_not_overwritten(a: Console, b: Console) -> None:
    with a.database.session() as s:
        grant_id = s.scalars(select(SpecialGrant.id)).one()
    mine, theirs = a.plans.load_grant(grant_id), b.plans.load_grant(grant_id)
    b.plans.save(replace(theirs, windows=[]), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.plans.save(replace(mine, windows=[WindowRow(MON_FRI, 8 * 60, 9 * 60)]), base=mine)
    assert [d.text() for d in refused.value.differences] == [
        "Access times: Mon–Fri 12:00–14:00 → any time the station allows"
    ]
    assert a.plans.load_grant(grant_id).windows == []


def test_a_grant_changed_in_the_station_editor_moves_the_grant_on(a: Console, b: Console) -> None:
    hall = station_id(a, "CP-HALLB")
    with a.database.session() as s:
        grant_id = s.scalars(select(SpecialGrant.id)).one()
    times = a.plans.load_grant(grant_id)
    editor = b.stations.open_editor(hall).form
    b.stations.save(replace(editor, grants=[replace(editor.grants[0], tariff_id=None)]), base=editor)
    with pytest.raises(EditConflict):
        a.plans.save(replace(times, windows=[]), base=times)


# --- tariff, site, settings --------------------------------------------------------------------------------------------


def test_a_tariff_saved_in_between_is_not_overwritten(a: Console, b: Console) -> None:
    mine = next(t for t in a.catalog.tariffs() if t.name == "guest")
    theirs = next(t for t in b.catalog.tariffs() if t.name == "guest")
    b.catalog.save_tariff(replace(theirs, per_kwh="0.35"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.catalog.save_tariff(replace(mine, description="visitors"), base=mine)
    assert (refused.value.what, refused.value.actor) == ("tariff guest", "Bruno")
    assert [d.text() for d in refused.value.differences] == ["Per kWh: 0.3 → 0.35"]
    stored = next(t for t in a.catalog.tariffs() if t.name == "guest")
    assert (stored.per_kwh, stored.description) == ("0.35", "")
    with pytest.raises(EditConflict):
        a.catalog.delete_tariff(mine.id or 0, revision=mine.revision, base=mine)


def test_a_site_saved_in_between_is_not_overwritten(a: Console, b: Console) -> None:
    (mine,), (theirs,) = a.catalog.sites(), b.catalog.sites()
    b.catalog.save_site(replace(theirs, address="Bahnhofstrasse 1"), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.catalog.save_site(replace(mine, vat_percent="7.7"), base=mine)
    assert [d.text() for d in refused.value.differences] == ["Address: (empty) → Bahnhofstrasse 1"]
    (stored,) = a.catalog.sites()
    assert (stored.address, stored.vat_percent) == ("Bahnhofstrasse 1", "8.10")
    fresh = SiteForm(name="Depot")
    depot = a.catalog.save_site(fresh)
    loaded = next(s for s in b.catalog.sites() if s.id == depot)
    a.catalog.save_site(replace(loaded, address="Hafen"), base=loaded)
    with pytest.raises(EditConflict) as deleting:
        b.catalog.delete_site(depot, revision=loaded.revision, base=loaded)
    assert deleting.value.deleting
    assert any(s.id == depot for s in a.catalog.sites())


def test_a_setting_saved_in_between_is_not_overwritten(a: Console, b: Console) -> None:
    first = a.settings.read("login_required", False)
    assert first.revision == 0
    stored = a.settings.save(replace(first, value=True))
    mine, theirs = a.settings.read("login_required"), b.settings.read("login_required")
    assert mine == stored and stored.revision == 1
    b.settings.save(replace(theirs, value=False), base=theirs)
    with pytest.raises(EditConflict) as refused:
        a.settings.save(SettingValue("login_required", "ask", mine.revision), base=mine)
    assert refused.value.actor == "Bruno"
    assert [d.text() for d in refused.value.differences] == ["login_required: true → false"]
    assert a.settings.read("login_required").value is False
    with pytest.raises(EditConflict):  # created by two consoles at once: the second is refused
        b.settings.save(SettingValue("login_required", True, 0))
    with pytest.raises(EditConflict):
        a.settings.delete(mine)
    a.settings.delete(a.settings.read("login_required"))
    assert a.settings.read("login_required", "default") == SettingValue("login_required", "default", 0)
    with pytest.raises(ValueError, match="central system"):
        a.settings.save(SettingValue("config_version", "x", 1))


def test_the_revision_check_is_in_the_update_not_in_a_read(a: Console, b: Console) -> None:
    """Two transactions that both read revision N: the first to update wins, the second updates no row."""
    eva = user_id(a, "Eva Keller")
    from app.services.revisions import claim

    with a.database.session() as s:
        seen = s.scalar(select(User.revision).where(User.id == eva))
        assert claim(s, User.__table__, eva, seen)
    with b.database.session() as s:
        assert not claim(s, User.__table__, eva, seen)
        assert claim(s, User.__table__, eva, seen + 1)


def test_forms_compare_equal_whatever_their_revision() -> None:
    """The station editor's dirty check compares forms: the revision is not part of it."""
    assert StationForm(name="x", revision=1) == StationForm(name="x", revision=2)
    assert [f.name for f in dataclasses.fields(UserForm)][-1] == "revision"
    assert TariffForm().revision == 0


def test_two_saves_at_the_same_moment_one_wins(a: Console, b: Console) -> None:
    """Both consoles read revision N and save together: Bruno's save has read the user and its UPDATE waits for
    Anna's transaction (the row lock); when Anna commits, the UPDATE matches no row: a conflict that shows what Anna
    stored, never a lost update. PostgreSQL only: on SQLite one process holds the file (and a write whose read
    snapshot is older than another's commit is refused by SQLite itself)."""
    if a.database.backend != "postgresql":
        pytest.skip("two consoles writing at once is a PostgreSQL matter")
    eva = user_id(a, "Eva Keller")
    mine, theirs = a.users.load(eva), b.users.load(eva)
    outcome: list[object] = []
    updating = threading.Event()

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("UPDATE users SET revision"):
            updating.set()  # Bruno's save has read the user and now waits for the row

    event.listen(b.database.engine, "before_cursor_execute", before)

    def bruno() -> None:
        try:
            outcome.append(b.users.save(replace(theirs, email="b@example.com"), base=theirs))
        except EditConflict as e:
            outcome.append(e)

    worker = threading.Thread(target=bruno)
    with a.database.session() as s:
        save_user(s, replace(mine, phone="1"), base=mine, actor="Anna")  # holds the row until this block ends
        worker.start()
        assert updating.wait(timeout=60)
    worker.join(timeout=60)
    (result,) = outcome
    assert isinstance(result, EditConflict) and result.actor == "Anna"
    assert [d.text() for d in result.differences] == ["Phone: (empty) → 1"]
    assert (a.users.load(eva).phone, a.users.load(eva).email) == ("1", "")
