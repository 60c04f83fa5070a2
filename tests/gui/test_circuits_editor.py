"""Settings → Sites → "Circuits and load": the operator builds a site's circuit tree by clicking and typing (a grid
connection and two circuits below it, limits, time-of-day limits drawn in the week calendar), puts connectors on a
circuit, sets the load sharing, sees it all again after a reload, reads a clear message for a bad limit, and sees
the live load per phase from LoadAllocated events. Screenshots: docs/screenshots/circuits.png and
circuit-limits.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database
from app.models import Circuit, CircuitWindow, Connector, Site, Station
from app.ocpp.events import EventBus
from app.services.admin.circuit_windows import LimitRow
from app.services.admin.circuits import CircuitsService
from app.services.admin.stations import StationsService
from app.services.api import AppServices
from app.services.load.events import LoadAllocated
from app.services.store import Store
from app.views.circuit_limits_dialog import TimeOfDayDialog
from app.views.circuits_section import C_CONNECTORS, C_LIMIT, C_LOAD, CircuitsSection
from app.views.settings_page import SettingsPage
from app.views.shell.bridge import CentralBridge
from app.views.stations.editor import CONNECTORS
from app.views.stations.page import StationsPage
from app.views.widgets.week_calendar import WeekCalendar
from app.views.widgets.week_limits import LimitWindowDialog
from tests.gui.test_schedules import click_box_button, drag, draw
from tests.helpers.factories import operator

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Central:
    """What the bridge needs of a central system: its event bus."""

    def __init__(self) -> None:
        self.bus = EventBus()

    def subscribe(self, callback: Any, *types: type) -> Any:
        return self.bus.subscribe(callback, *types)


@pytest.fixture
def central() -> Central:
    return Central()


MON, TUE, WED, SAT = 0b1, 0b10, 0b100, 0b100000
MON_FRI = 0b11111


def settings_page(qtbot: Any, database: Database, tmp_path: Path, central: Central) -> SettingsPage:
    from app.views.shell import preferences

    preferences.qsettings().clear()
    with database.session() as s:
        site = Site(name="Depot Winterthur", timezone="Europe/Zurich", address="", currency="CHF")
        s.add(site)
        s.flush()
        for cp, name, n in (("GARAGE-1", "Garage wallbox", 2), ("OFFICE-1", "Office charger", 1)):
            st = Station(site_id=site.id, charge_point_id=cp, name=name)
            st.connectors = [Connector(connector_id=i + 1) for i in range(n)]
            s.add(st)
    settings = Settings(database_url=database.url, data_dir=tmp_path, central=CentralSystemSettings())
    services = AppServices.local(database)
    bridge = CentralBridge(central)
    p = SettingsPage(
        services.catalog, services.databases, bridge, central, settings=settings, circuits=services.circuits
    )
    qtbot.addWidget(p)
    p.resize(1440, 900)
    p.show()
    p.reload()
    return p


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database, tmp_path: Path, central: Central) -> SettingsPage:
    return settings_page(qtbot, sqlite_db, tmp_path, central)


def open_limits(qtbot: Any, section: CircuitsSection) -> TimeOfDayDialog:
    """Edit time-of-day limits… from the open circuit form."""
    click(qtbot, section.limits_button)
    dialog = section.limits_dialog
    assert isinstance(dialog, TimeOfDayDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def draw_limit(
    qtbot: Any, cal: WeekCalendar, day: int, start: int, end_day: int, end: int, amps: str = "", kw: str = ""
) -> None:
    """A block drawn with the mouse, its limit typed into the form beside it and added with Enter."""
    draw(qtbot, cal, day, start, end_day, end)
    form = cal.new_block
    assert form.isVisible() and cal.pending is not None
    type_into(qtbot, form.amps, amps)  # type: ignore[attr-defined]
    type_into(qtbot, form.kw, kw)  # type: ignore[attr-defined]
    qtbot.keyClick(form.kw, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rows(section: CircuitsSection) -> list[tuple[str, ...]]:
    """The tree as the operator reads it: (indented name, limit, connectors) per row, in order."""
    out = []
    for index in section._all_indexes():
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        limit = index.siblingAtColumn(C_LIMIT).data()
        connectors = index.siblingAtColumn(C_CONNECTORS).data()
        out.append(("  " * depth + index.data(), limit, connectors))
    return out


def add_circuit(qtbot: Any, section: CircuitsSection, name: str, amps: str = "", kw: str = "") -> None:
    click(qtbot, section.add_button)
    assert section.form_box.isVisible()
    type_into(qtbot, section.name, name)
    type_into(qtbot, section.amps, amps)
    type_into(qtbot, section.kw, kw)
    click(qtbot, section.save_button)


def grid_and_garage(qtbot: Any, section: CircuitsSection, kw: str = "") -> None:
    """A grid connection of 63 A and the Garage below it, 32 A (and ``kw``)."""
    add_circuit(qtbot, section, "Grid connection", amps="63")
    section.select(section.data.tree.root.id)  # type: ignore[union-attr]
    add_circuit(qtbot, section, "Garage", amps="32", kw=kw)


def answer_yes(qtbot: Any, section: CircuitsSection) -> None:
    box = section.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))


def test_build_a_tree_assign_connectors_and_see_it_after_reload(
    qtbot: Any, page: SettingsPage, sqlite_db: Database, central: Central
) -> None:
    section = page.circuits
    assert section is not None and section.isVisible()
    assert section.box.title() == "Circuits and load — Depot Winterthur"
    assert section.add_button.text() == "Add grid connection"

    # the grid connection: a bad limit first, then a good one
    click(qtbot, section.add_button)
    assert section.name.text() == "Grid connection"
    type_into(qtbot, section.amps, "sixty")
    click(qtbot, section.save_button)
    assert section.errors["max_current_a"].isVisible()
    assert section.errors["max_current_a"].text() == (
        "'sixty' is not a number of A; leave it empty if there is no such limit."
    )
    assert section.form_status.text() == "Not saved: fix the marked fields."
    assert section.amps.text() == "sixty"  # nothing typed is lost
    with sqlite_db.session() as s:
        assert s.scalars(select(Circuit)).all() == []
    type_into(qtbot, section.amps, "63")
    click(qtbot, section.save_button)
    assert not section.form_box.isVisible()
    assert section.status.text() == "Saved circuit Grid connection."

    # two circuits below it (the new circuit goes below the selected one)
    section.select(section.data.tree.root.id)  # type: ignore[union-attr]
    add_circuit(qtbot, section, "Garage", amps="32")
    section.select(section.data.tree.root.id)  # type: ignore[union-attr]
    add_circuit(qtbot, section, "Office", kw="11")
    # a time-of-day limit on the Garage, drawn in the week calendar: Monday, copied to Tuesday–Friday
    garage = next(n for n in section.data.tree.nodes if n.name == "Garage")  # type: ignore[union-attr]
    section.select(garage.id)
    click(qtbot, section.edit_button)
    assert [section.windows.item(i).text() for i in range(section.windows.count())] == [
        "None: the circuit's own limit applies at all times."
    ]
    limits = open_limits(qtbot, section)
    cal = limits.calendar
    draw_limit(qtbot, cal, 0, 11 * 60, 0, 14 * 60, amps="16")
    click(qtbot, limits.copy_button)
    copy = cal.dialog
    assert copy is not None
    for day in (1, 2, 3, 4):
        click(qtbot, copy.targets.boxes[day])  # type: ignore[attr-defined]
    click(qtbot, copy.buttons.button(copy.buttons.StandardButton.Ok))  # type: ignore[attr-defined]
    assert cal.windows() == [LimitRow(MON_FRI, 11 * 60, 14 * 60, max_current_a=16.0)]
    click(qtbot, limits.save_button)
    assert not limits.isVisible() and section.limits_dialog is None
    assert section.status.text() == "Saved circuit Garage."

    # a limit above the parent's is saved with a warning
    section.select(garage.id)
    add_circuit(qtbot, section, "Wallbox row", amps="40")
    assert section.status.text() == "Saved circuit Wallbox row. 40 A is never reached: Garage allows 32 A."
    assert section.warnings.text() == "Wallbox row: 40 A is never reached: Garage allows 32 A."

    # the garage's connectors
    section.select(garage.id)
    click(qtbot, section.connectors_button)
    dialog = section.connectors_dialog
    for i in range(dialog.list.count()):
        item = dialog.list.item(i)
        if item.text().startswith("Garage wallbox"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert section.status.text() == "Connectors saved."

    # load sharing: a bad minimum, then good settings with a Modbus meter
    page.circuits.strategy.setCurrentIndex(page.circuits.strategy.findData("fcfs"))
    type_into(qtbot, section.min_current, "3")
    click(qtbot, section.settings_button)
    assert section.settings_errors["min_current_a"].text() == (
        "The minimum current is from 6 to 32 A per phase (6 A is what vehicles need)."
    )
    type_into(qtbot, section.min_current, "8")
    section.meter_kind.setCurrentIndex(section.meter_kind.findData("modbus"))
    assert section.meter_host.isVisibleTo(section) and not section.meter_charger.isVisibleTo(section)
    type_into(qtbot, section.meter_host, "192.168.1.50:502")
    click(qtbot, section.settings_button)
    assert section.settings_status.text() == "Saved."

    # live load from the central system
    section.reload()
    by_name = {n.name: n.id for n in section.data.tree.nodes}  # type: ignore[union-attr]
    site_id = section.site_id
    assert site_id is not None
    central.bus.emit(
        LoadAllocated(
            "",
            site_id=site_id,
            circuits=(
                {
                    "id": by_name["Grid connection"],
                    "name": "Grid connection",
                    "parent_id": None,
                    "limit_a": [63, 63, 63],
                    "allocated_a": [32, 32, 32],
                    "measured_a": [30.5, 31.0, 29.8],
                    "base_a": None,
                },
                {
                    "id": by_name["Garage"],
                    "name": "Garage",
                    "parent_id": by_name["Grid connection"],
                    "limit_a": [32, 32, 32],
                    "allocated_a": [16, 16, 16],
                    "measured_a": None,
                    "base_a": None,
                },
            ),
        )
    )
    loads = {index.data(): index.siblingAtColumn(C_LOAD).data() for index in section._all_indexes()}
    assert loads["Grid connection"] == "30.5 / 31.0 / 29.8 A of 63 A"
    assert loads["Garage"] == "16.0 / 16.0 / 16.0 A of 32 A"
    assert loads["Office"] == ""
    central.bus.emit(LoadAllocated("", site_id=site_id + 1, circuits=()))  # another site's: nothing changes
    assert section._all_indexes()[0].siblingAtColumn(C_LOAD).data() == "30.5 / 31.0 / 29.8 A of 63 A"

    page.tabs.setCurrentIndex(0)
    section.select(garage.id)
    click(qtbot, section.edit_button)
    QApplication.processEvents()
    page.grab().save(str(SHOTS / "circuits.png"))

    # everything is there after a reload
    click(
        qtbot,
        next(b for b in section.form_box.findChildren(type(section.save_button)) if b.text() == "Cancel"),
    )
    page.reload()
    assert rows(section) == [
        ("Grid connection", "63 A", "—"),
        ("  Garage", "32 A", "Garage wallbox #1 (L1 L2 L3), Garage wallbox #2 (L1 L2 L3)"),
        ("    Wallbox row", "40 A ⚠", "—"),
        ("  Office", "11 kW", "—"),
    ]
    assert section.unmanaged.text() == "Not load-managed: Office charger #1"
    click(qtbot, section.edit_button)
    assert [section.windows.item(i).text() for i in range(section.windows.count())] == [
        "Mon–Fri 11:00–14:00 → 16 A"
    ]
    assert section.strategy.currentData() == "fcfs" and section.min_current.text() == "8"
    assert section.meter_host.text() == "192.168.1.50:502"


def test_delete_asks_what_is_on_it(qtbot: Any, page: SettingsPage, sqlite_db: Database) -> None:
    section = page.circuits
    assert section is not None
    grid_and_garage(qtbot, section)
    section.select(section.data.tree.root.id)  # type: ignore[union-attr]
    click(qtbot, section.delete_button)
    answer_yes(qtbot, section)
    assert section.question.text() == (
        "Grid connection has 1 circuit below it (Garage). Deleting it deletes the circuits below it too and "
        "leaves the connectors not load-managed. Delete?"
    )
    answer_yes(qtbot, section)
    assert section.status.text() == "Circuit deleted."
    assert rows(section) == [] and section.add_button.text() == "Add grid connection"
    with sqlite_db.session() as s:
        assert s.scalars(select(Circuit)).all() == []


def test_a_conflicting_save_shows_the_banner_and_keeps_what_was_typed(
    qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    section = page.circuits
    assert section is not None
    add_circuit(qtbot, section, "Grid connection", amps="63")
    root = section.data.tree.root  # type: ignore[union-attr]
    assert root is not None
    section.select(root.id)
    click(qtbot, section.edit_button)
    type_into(qtbot, section.amps, "80")
    # meanwhile another console (its own store, another operator) lowers it
    other = CircuitsService(Store(sqlite_db, principal=operator("bruno")))
    theirs = other.load(root.id)
    theirs.max_current_a = "50"
    other.save(theirs, base=other.load(root.id))
    other.store.close()
    click(qtbot, section.save_button)
    assert section.banner.isVisible()
    assert "bruno saved this circuit" in section.banner.conflict.sentence()  # type: ignore[union-attr]
    assert section.amps.text() == "80" and section.form_box.isVisible()
    with sqlite_db.session() as s:
        assert s.scalar(select(Circuit.max_current_a)) == 50.0
    click(qtbot, section.banner.keep_button)  # keep editing: the next save is made against theirs
    click(qtbot, section.save_button)
    assert section.status.text() == "Saved circuit Grid connection."
    with sqlite_db.session() as s:
        assert s.scalar(select(Circuit.max_current_a)) == 80.0


def test_station_editor_puts_a_connector_on_a_circuit(
    qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    section = page.circuits
    assert section is not None
    grid_and_garage(qtbot, section)
    stations = StationsPage(StationsService(Store(sqlite_db)), None, None)
    qtbot.addWidget(stations)
    stations.show()
    stations.reload()
    stations.table.selectRow(stations.visible_names().index("Garage wallbox"))
    stations.edit_selected()
    (editor,) = [e for group in stations.editors.values() for e in group]
    editor.tabs.setCurrentIndex(CONNECTORS)
    cells = editor.connectors.cells[1]
    circuit, phases, wiring, max_a = (
        cells["circuit_id"], cells["phases"], cells["phase_rotation"], cells["max_current_a"],
    )  # fmt: skip
    assert isinstance(circuit, QComboBox) and isinstance(phases, QComboBox) and isinstance(wiring, QComboBox)
    assert [circuit.itemText(i) for i in range(circuit.count())] == [
        "not managed",
        "Grid connection",
        "    Garage",
    ]
    circuit.setCurrentIndex(circuit.findText("    Garage"))
    phases.setCurrentIndex(phases.findData(1))
    wiring.setCurrentIndex(wiring.findText("L2 L3 L1"))
    assert isinstance(max_a, QLineEdit)
    type_into(qtbot, max_a, "zero")
    click(qtbot, editor.save_button)
    assert editor.isVisible() and "Max current is a number of A per phase" in editor.connectors.error.text()
    type_into(qtbot, max_a, "16")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        click(qtbot, editor.save_button)
    section.reload()
    garage = next(n for n in section.data.tree.nodes if n.name == "Garage")  # type: ignore[union-attr]
    assert [c.detail for c in garage.connectors] == ["Garage wallbox #2 (1-phase on L2)"]
    with sqlite_db.session() as s:
        conn = s.scalars(select(Connector).where(Connector.circuit_id == garage.id)).one()
        assert (conn.connector_id, conn.phases, conn.phase_rotation, conn.max_current_a) == (
            2,
            1,
            "231",
            16.0,
        )


def windows_stored(database: Database, name: str) -> list[tuple[int, int, int, float | None, float | None]]:
    with database.session() as s:
        circuit_id = s.scalar(select(Circuit.id).where(Circuit.name == name))
        return [
            (w.days, w.start_minute, w.end_minute, w.max_current_a, w.max_power_kw)
            for w in s.scalars(
                select(CircuitWindow)
                .where(CircuitWindow.circuit_id == circuit_id)
                .order_by(CircuitWindow.position)
            )
        ]


def edit_circuit(qtbot: Any, section: CircuitsSection, name: str) -> None:
    node = next(n for n in section.data.tree.nodes if n.name == name)  # type: ignore[union-attr]
    section.select(node.id)
    click(qtbot, section.edit_button)
    assert section.form_box.isVisible() and section.name.text() == name


def test_time_of_day_limits_drawn_typed_saved_and_reloaded(
    qtbot: Any, db: Database, tmp_path: Path, central: Central
) -> None:
    """On SQLite and PostgreSQL: blocks drawn with the mouse and their limits typed, a bad limit refused with the
    service's message and nothing lost, equal times with other limits kept apart, an overlap refused, a window
    past midnight; saved, stored, and the same blocks again after a reload."""
    page = settings_page(qtbot, db, tmp_path, central)
    section = page.circuits
    assert section is not None
    grid_and_garage(qtbot, section, kw="22")
    edit_circuit(qtbot, section, "Garage")
    limits = open_limits(qtbot, section)
    assert limits.windowTitle() == "Time-of-day limits — Garage"
    assert "Europe/Zurich" in limits.findChildren(type(limits.message))[0].text()
    cal = limits.calendar
    assert cal.kind.background_label() == "Own limit\n32 A · 22 kW"

    # Monday 11:00–14:00 drawn; a limit above the circuit's, then one that is no number: refused in the form
    draw(qtbot, cal, 0, 11 * 60, 0, 14 * 60)
    form = cal.new_block
    assert form.isVisible() and form.heading.text() == "New limit · Mon 11:00–14:00"
    type_into(qtbot, form.amps, "40")  # type: ignore[attr-defined]
    qtbot.keyClick(form.amps, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.isVisible() and form.error.text() == "A window lowers the limit; the circuit allows 32 A."
    type_into(qtbot, form.amps, "sixteen")  # type: ignore[attr-defined]
    qtbot.keyClick(form.amps, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert form.error.text() == "'sixteen' is not a number of A; leave it empty if there is no such limit."
    assert cal.windows() == [] and cal.pending is not None  # the drawn block waits for a usable limit
    type_into(qtbot, form.amps, "16")  # type: ignore[attr-defined]
    qtbot.keyClick(form.amps, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert not form.isVisible()
    assert cal.windows() == [LimitRow(MON, 11 * 60, 14 * 60, max_current_a=16.0)]
    assert cal.label_of(cal.windows()[0]) == "16 A 11:00–14:00"

    # Tuesday the same times at another limit: its own row; Wednesday at 16 A joins Monday's
    draw_limit(qtbot, cal, 1, 11 * 60, 1, 14 * 60, amps="20", kw="11")
    draw_limit(qtbot, cal, 2, 11 * 60, 2, 14 * 60, amps="16")
    assert cal.windows() == [
        LimitRow(MON | WED, 11 * 60, 14 * 60, max_current_a=16.0),
        LimitRow(TUE, 11 * 60, 14 * 60, max_current_a=20.0, max_power_kw=11.0),
    ]
    assert cal.kind.title(cal.windows()[1]) == "20 A · 11 kW"
    # Saturday 22:00 into Sunday 06:00, in kW only
    draw_limit(qtbot, cal, 5, 22 * 60, 6, 6 * 60, kw="11")
    night = LimitRow(SAT, 22 * 60, 6 * 60, max_power_kw=11.0)
    assert cal.windows()[2] == night and cal.kind.title(night) == "11 kW"

    # Tuesday's block dragged onto Monday's: refused with the rule engine's message, nothing changed
    before = cal.windows()
    drag(qtbot, cal, cal.point_at(1, 12 * 60), cal.point_at(0, 12 * 60))
    assert cal.windows() == before
    assert "overlaps window 1 (Mon,Wed 11:00–14:00) on Mon 11:00–14:00" in limits.message.text()

    # double-click edits a block; a negative limit is refused in the dialog
    qtbot.mouseDClick(cal, Qt.MouseButton.LeftButton, pos=cal.point_at(1, 12 * 60))
    edit = cal.dialog
    assert isinstance(edit, LimitWindowDialog) and (edit.amps.text(), edit.kw.text()) == ("20", "11")
    type_into(qtbot, edit.amps, "-5")
    click(qtbot, edit.buttons.button(edit.buttons.StandardButton.Ok))
    assert edit.isVisible()
    assert edit.error.text() == "A current limit is a positive number of A per phase (e.g. 63), or empty."
    type_into(qtbot, edit.amps, "12")
    click(qtbot, edit.buttons.button(edit.buttons.StandardButton.Ok))
    assert not edit.isVisible()
    assert cal.windows()[1] == LimitRow(TUE, 11 * 60, 14 * 60, max_current_a=12.0, max_power_kw=11.0)

    # Delete asks; Ctrl+Z undoes
    cal.setFocus()
    assert cal.selected == (1, 1)  # the block just edited
    qtbot.keyClick(cal, Qt.Key.Key_Left)
    assert cal.selected == (0, 0)
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    assert cal.confirm is not None and cal.confirm.text() == "Remove 16 A 11:00–14:00 on Monday?"
    click_box_button(qtbot, cal.confirm, "Remove Monday")
    assert cal.windows()[0] == LimitRow(WED, 11 * 60, 14 * 60, max_current_a=16.0)
    qtbot.keyClick(cal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    edited = cal.windows()
    assert edited[0] == LimitRow(MON | WED, 11 * 60, 14 * 60, max_current_a=16.0)

    # a Friday afternoon block drawn, its limit being typed (the screenshot), then cancelled with Esc
    draw(qtbot, cal, 4, 16 * 60, 4, 19 * 60)
    assert (cal.new_block.amps.text(), cal.new_block.kw.text()) == ("", "11")  # type: ignore[attr-defined]
    type_into(qtbot, cal.new_block.amps, "10")  # type: ignore[attr-defined]
    type_into(qtbot, cal.new_block.kw, "")  # type: ignore[attr-defined]
    QApplication.processEvents()
    if db.url.startswith("sqlite"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        limits.grab().save(str(SHOTS / "circuit-limits.png"))
    qtbot.keyClick(cal.new_block.amps, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not cal.new_block.isVisible() and cal.pending is None and cal.windows() == edited

    click(qtbot, limits.save_button)
    assert not limits.isVisible() and section.status.text() == "Saved circuit Garage."
    assert windows_stored(db, "Garage") == [
        (MON | WED, 660, 840, 16.0, None),
        (TUE, 660, 840, 12.0, 11.0),
        (SAT, 1320, 360, None, 11.0),
    ]

    # reloaded: the same blocks, the window past midnight in two pieces
    page.reload()
    edit_circuit(qtbot, section, "Garage")
    assert [section.windows.item(i).text() for i in range(section.windows.count())] == [
        "Mon,Wed 11:00–14:00 → 16 A",
        "Tue 11:00–14:00 → 12 A, 11 kW",
        "Sat 22:00–06:00 → 11 kW",
    ]
    limits = open_limits(qtbot, section)
    assert limits.calendar.windows() == edited
    assert [(p.column, p.start, p.end) for p in limits.calendar.pieces() if p.index == 2] == [
        (5, 1320, 1440),
        (6, 0, 360),
    ]
    click(qtbot, limits.cancel_button)  # nothing changed: it closes without asking
    assert not limits.isVisible()


def test_a_limit_the_save_refuses_is_shown_beside_the_calendar_and_nothing_is_lost(
    qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    section = page.circuits
    assert section is not None
    grid_and_garage(qtbot, section)
    edit_circuit(qtbot, section, "Garage")
    limits = open_limits(qtbot, section)
    draw_limit(qtbot, limits.calendar, 0, 11 * 60, 0, 14 * 60, amps="16")
    click(qtbot, limits.save_button)
    assert windows_stored(sqlite_db, "Garage") == [(MON, 660, 840, 16.0, None)]

    # the circuit's own limit lowered below its window's: the save says so beside the calendar
    edit_circuit(qtbot, section, "Garage")
    type_into(qtbot, section.amps, "10")
    limits = open_limits(qtbot, section)
    draw_limit(qtbot, limits.calendar, 3, 18 * 60, 3, 20 * 60, amps="8")
    click(qtbot, limits.save_button)
    assert limits.isVisible()
    assert limits.message.text() == "Not saved: Window 1: a window lowers the limit; the circuit allows 10 A."
    assert section.errors["windows"].text() == "Window 1: a window lowers the limit; the circuit allows 10 A."
    assert limits.calendar.windows() == [
        LimitRow(MON, 11 * 60, 14 * 60, max_current_a=16.0),
        LimitRow(0b1000, 18 * 60, 20 * 60, max_current_a=8.0),
    ]
    assert windows_stored(sqlite_db, "Garage") == [(MON, 660, 840, 16.0, None)]

    # Esc asks before dropping what was drawn; Keep editing keeps it
    qtbot.keyClick(limits, Qt.Key.Key_Escape)
    click_box_button(qtbot, limits.confirm, "Keep editing")
    assert limits.isVisible() and len(limits.calendar.windows()) == 2
    # the Monday block lowered to 10 A, and the save goes through
    qtbot.mouseDClick(limits.calendar, Qt.MouseButton.LeftButton, pos=limits.calendar.point_at(0, 12 * 60))
    edit = limits.calendar.dialog
    assert isinstance(edit, LimitWindowDialog)
    type_into(qtbot, edit.amps, "10")
    click(qtbot, edit.buttons.button(edit.buttons.StandardButton.Ok))
    click(qtbot, limits.save_button)
    assert not limits.isVisible() and section.status.text() == "Saved circuit Garage."
    assert windows_stored(sqlite_db, "Garage") == [
        (MON, 660, 840, 10.0, None),
        (0b1000, 1080, 1200, 8.0, None),
    ]
    with sqlite_db.session() as s:
        assert s.scalar(select(Circuit.max_current_a).where(Circuit.name == "Garage")) == 10.0


def test_a_conflict_saving_from_the_calendar_keeps_what_was_drawn(
    qtbot: Any, page: SettingsPage, sqlite_db: Database
) -> None:
    section = page.circuits
    assert section is not None
    grid_and_garage(qtbot, section)
    edit_circuit(qtbot, section, "Garage")
    garage = section.editing.id  # type: ignore[union-attr]
    assert garage is not None
    limits = open_limits(qtbot, section)
    draw_limit(qtbot, limits.calendar, 0, 11 * 60, 0, 14 * 60, amps="16")
    # meanwhile another console (another operator) lowers the Garage to 30 A
    other = CircuitsService(Store(sqlite_db, principal=operator("bruno")))
    theirs = other.load(garage)
    theirs.max_current_a = "30"
    other.save(theirs, base=other.load(garage))
    other.store.close()
    click(qtbot, limits.save_button)
    assert not limits.isVisible() and section.banner.isVisible()  # the form's banner says who and what
    summary = [section.windows.item(i).text() for i in range(section.windows.count())]
    assert summary == ["Mon 11:00–14:00 → 16 A"]  # what was drawn is kept in the form
    assert windows_stored(sqlite_db, "Garage") == []
    click(qtbot, section.banner.keep_button)  # their limit, my windows
    assert section.amps.text() == "30"
    assert [section.windows.item(i).text() for i in range(section.windows.count())] == summary
    click(qtbot, section.save_button)
    assert section.status.text() == "Saved circuit Garage."
    assert windows_stored(sqlite_db, "Garage") == [(MON, 660, 840, 16.0, None)]
    with sqlite_db.session() as s:
        assert s.scalar(select(Circuit.max_current_a).where(Circuit.id == garage)) == 30.0
