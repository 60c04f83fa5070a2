"""Two consoles edit the same thing (issue 12, "Consistency"): each editor has its own engine on one SQLite file,
as two processes would. The second save is refused and the editor says who saved what in between; Reload shows
the stored values, Keep editing keeps what the operator typed and saves it against the other console's version.
Screenshot: docs/screenshots/edit-conflict.png."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.models import Connector, IdTag, Site, Station, Tariff, User
from app.services.admin.catalog import CatalogService
from app.services.admin.database import DatabaseService
from app.services.admin.stations import StationsService
from app.services.admin.users import UsersService
from app.services.reports.statements import StatementsService
from app.services.store import Store, open_database
from app.views.settings_page import SettingsPage
from app.views.stations.editor import StationEditor
from app.views.users.editor import UserEditor
from tests.helpers.factories import operator

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    with sqlite_db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        s.add(Tariff(name="employee", per_kwh=0.20))
        eva = User(name="Eva Keller", email="eva.keller@acme.ch", phone="+41 44 555 12 34", company="ACME AG")
        eva.tags = [IdTag(id_tag="EVA00001", label="white card")]
        hall = Station(
            site=hq,
            charge_point_id="HALL-B-1",
            name="Hall B",
            connectors=[Connector(connector_id=1, max_kw=11), Connector(connector_id=2, max_kw=11)],
        )
        s.add_all([eva, hall])
        s.flush()
        return {"eva": eva.id, "hall": hall.id}


@pytest.fixture
def stores(sqlite_db: Database) -> Iterator[tuple[Store, Store]]:
    """Console A (Anna) on the test's engine, console B (Bruno) on a second engine of the same file."""
    other = open_database(sqlite_db.url)
    a, b = Store(sqlite_db), Store(other)
    yield a, b
    a.close()
    b.close()
    other.dispose()


def user_editor(qtbot: Any, store: Store, actor: str, user_id: int) -> UserEditor:
    store.principal = operator(actor)
    editor = UserEditor(UsersService(store), StatementsService(store))
    qtbot.addWidget(editor)
    editor.resize(760, 720)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.load(user_id)
    qtbot.waitUntil(editor.refresh_button.isEnabled, timeout=10_000)  # its stations check ran
    return editor


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def overtaken(qtbot: Any, stores: tuple[Store, Store], ids: dict[str, int]) -> tuple[UserEditor, UserEditor]:
    """Anna and Bruno open Eva Keller; Bruno saves a new e-mail, then Anna (who typed a phone number) saves."""
    anna = user_editor(qtbot, stores[0], "Anna", ids["eva"])
    bruno = user_editor(qtbot, stores[1], "Bruno", ids["eva"])
    type_into(qtbot, bruno.email, "eva@keller.example")
    assert bruno.save()
    type_into(qtbot, anna.phone, "+41 79 000 00 00")
    qtbot.mouseClick(anna.save_button, LEFT)
    return anna, bruno


def test_two_user_editors_the_second_save_shows_the_conflict_and_reload_shows_theirs(
    qtbot: Any, stores: tuple[Store, Store], ids: dict[str, int]
) -> None:
    anna, bruno = overtaken(qtbot, stores, ids)

    banner = anna.conflict_banner
    assert banner.isVisible()
    assert banner.headline.text().startswith("<b>Bruno saved this user at ")
    assert banner.headline.text().endswith(" while you were editing.</b>")
    details = banner.details.text()
    assert "E-mail" in details and "eva.keller@acme.ch" in details and "eva@keller.example" in details
    assert "Phone" not in details  # only what the other console changed
    assert banner.outcome.text().startswith("Your changes are not saved.")
    assert anna.message.text().startswith("Not saved: this user was changed on another console")
    assert anna.phone.text() == "+41 79 000 00 00" and anna.is_dirty()  # nothing typed is lost yet
    SHOTS.mkdir(parents=True, exist_ok=True)
    anna.grab().save(str(SHOTS / "edit-conflict.png"))

    qtbot.mouseClick(banner.reload_button, LEFT)
    assert not banner.isVisible() and not anna.is_dirty()
    assert (anna.email.text(), anna.phone.text()) == ("eva@keller.example", "+41 44 555 12 34")
    anna.close_worker()
    bruno.close_worker()


def test_keep_editing_keeps_my_change_and_theirs_and_saves_both(
    qtbot: Any, stores: tuple[Store, Store], sqlite_db: Database, ids: dict[str, int]
) -> None:
    anna, bruno = overtaken(qtbot, stores, ids)
    assert anna.conflict_banner.isVisible()

    qtbot.mouseClick(anna.conflict_banner.keep_button, LEFT)
    # my phone stays, their e-mail comes in: saving now does not put the old e-mail back
    assert (anna.email.text(), anna.phone.text()) == ("eva@keller.example", "+41 79 000 00 00")
    assert anna.is_dirty()
    qtbot.mouseClick(anna.save_button, LEFT)
    assert not anna.conflict_banner.isVisible() and anna.message.text() == "Saved Eva Keller."
    with sqlite_db.session() as s:
        eva = s.get(User, ids["eva"])
        assert eva is not None and (eva.email, eva.phone) == ("eva@keller.example", "+41 79 000 00 00")
    anna.close_worker()
    bruno.close_worker()


def renamed_by_bruno(qtbot: Any, stores: tuple[Store, Store], ids: dict[str, int]) -> StationEditor:
    """Anna and Bruno open Hall B; Bruno renames it and saves. Returns Anna's editor, still open."""
    stores[0].principal, stores[1].principal = operator("Anna"), operator("Bruno")
    anna = StationEditor(StationsService(stores[0]), ids["hall"])
    bruno = StationEditor(StationsService(stores[1]), ids["hall"])
    for editor in (anna, bruno):
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
    type_into(qtbot, bruno.name, "Hall B north")
    with qtbot.waitSignal(bruno.saved):
        qtbot.mouseClick(bruno.save_button, LEFT)
    return anna


def test_two_station_editors_a_field_both_changed_is_shown_and_reload_shows_theirs(
    qtbot: Any, stores: tuple[Store, Store], sqlite_db: Database, ids: dict[str, int]
) -> None:
    anna = renamed_by_bruno(qtbot, stores, ids)
    type_into(qtbot, anna.name, "Hall B south")
    anna.notes.setPlainText("key at the desk")
    qtbot.mouseClick(anna.save_button, LEFT)

    banner = anna.conflict_banner
    assert banner.isVisible() and anna.isVisible()  # the editor stays open with the operator's values
    assert banner.headline.text().startswith("<b>Bruno saved this station at ")
    assert "Name" in banner.details.text() and "Hall B north" in banner.details.text()
    assert anna.name.text() == "Hall B south"
    with sqlite_db.session() as s:
        stored = s.get(Station, ids["hall"])
        assert stored is not None and (stored.name, stored.notes) == ("Hall B north", "")

    qtbot.mouseClick(banner.reload_button, LEFT)
    assert (anna.name.text(), anna.notes.toPlainText()) == ("Hall B north", "")
    assert not anna.is_dirty() and not banner.isVisible()


def test_fields_only_one_console_changed_are_merged_not_refused(
    qtbot: Any, stores: tuple[Store, Store], sqlite_db: Database, ids: dict[str, int]
) -> None:
    anna = renamed_by_bruno(qtbot, stores, ids)
    anna.notes.setPlainText("key at the desk")
    with qtbot.waitSignal(anna.saved):
        qtbot.mouseClick(anna.save_button, LEFT)
    with sqlite_db.session() as s:
        stored = s.get(Station, ids["hall"])
        assert stored is not None and (stored.name, stored.notes) == ("Hall B north", "key at the desk")
        assert s.scalar(select(Station.revision).where(Station.id == ids["hall"])) == 3


def test_a_tariff_changed_on_another_console_is_shown_and_keep_editing_keeps_both(
    qtbot: Any, stores: tuple[Store, Store], sqlite_db: Database, tmp_path: Path, ids: dict[str, int]
) -> None:
    settings = Settings(database_url=sqlite_db.url, data_dir=tmp_path, central=CentralSystemSettings())
    stores[0].principal, stores[1].principal = operator("Anna"), operator("Bruno")
    anna = CatalogService(stores[0])
    page = SettingsPage(anna, DatabaseService(stores[0]), None, None, settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    page.tabs.setCurrentWidget(page.tariffs)
    form = page.tariffs
    assert form.current.name == "employee"
    bruno = CatalogService(stores[1])
    (theirs,) = bruno.tariffs()
    bruno.save_tariff(dataclasses.replace(theirs, per_kwh="0.25"), base=theirs)
    type_into(qtbot, form.inputs["description"], "staff only")  # type: ignore[arg-type]
    qtbot.mouseClick(form.save_button, LEFT)

    banner = form.conflict_banner
    assert banner.isVisible() and banner.headline.text().startswith("<b>Bruno saved this tariff at ")
    assert "Per kWh" in banner.details.text() and "0.25" in banner.details.text()
    assert form.status.text().startswith("Not saved: this tariff was changed on another console")
    qtbot.mouseClick(banner.keep_button, LEFT)
    assert form.inputs["per_kwh"].text() == "0.25"  # type: ignore[attr-defined]
    assert form.inputs["description"].text() == "staff only"  # type: ignore[attr-defined]
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.status.text() == "Saved tariff 'employee'."
    with sqlite_db.session() as s:
        stored = s.scalars(select(Tariff)).one()
        assert (str(stored.per_kwh.normalize()), stored.description) == ("0.25", "staff only")
