"""Settings → Sites → "Circuits and load": the selected site's circuit tree (the grid connection and the circuits
below it, each with its limit, phases, time-of-day windows and the connectors on it, and the live load per phase
while a central system runs here or this console is attached), a form to add, edit, move and delete circuits (its
time-of-day limits listed, edited in the week calendar of :class:`~app.views.circuit_limits_dialog.TimeOfDayDialog`),
a dialog that puts connectors on a circuit, and the site's load settings (strategy, minimum current, base-load
meter).

Everything goes through :class:`~app.services.admin.circuits.CircuitsService`; a form keeps what the operator typed
when the service refuses it (the problem next to the field) or reports a conflict (the banner).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin import circuit_rules as rules
from app.services.admin.circuit_windows import LimitRow, limit_rows, own_limits, window_forms
from app.services.admin.circuits import (
    CircuitForm,
    CircuitInUse,
    CircuitsService,
    CircuitTree,
    LoadSettingsForm,
    SiteLoad,
    keep_editing,
    keep_editing_settings,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict
from app.services.validation import FormError, WriteRefused
from app.views.circuit_limits_dialog import TimeOfDayDialog
from app.views.widgets.conflict import ConflictBanner
from app.views.widgets.station_panels import error_label
from app.views.widgets.style import FIELD_ERROR_CSS, MUTED_CSS, level_css
from app.views.widgets.week_forms import select_data

COLUMNS = (
    QT_TRANSLATE_NOOP("CircuitsSection", "Circuit"),
    QT_TRANSLATE_NOOP("CircuitsSection", "Limit"),
    QT_TRANSLATE_NOOP("CircuitsSection", "Phases"),
    QT_TRANSLATE_NOOP("CircuitsSection", "Time-of-day limits"),
    QT_TRANSLATE_NOOP("CircuitsSection", "Connectors"),
    QT_TRANSLATE_NOOP("CircuitsSection", "Load now (L1 / L2 / L3)"),
)
C_NAME, C_LIMIT, C_PHASES, C_WINDOWS, C_CONNECTORS, C_LOAD = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def load_text(circuit: dict[str, Any]) -> str:
    """A ``LoadAllocated`` circuit as the tree shows it: "12.0 / 14.5 / 0.0 A of 32 A" (measured when known)."""
    values = circuit.get("measured_a") or circuit.get("allocated_a") or []
    limit = [x for x in circuit.get("limit_a") or [] if x is not None and x != float("inf")]
    amps = " / ".join(
        "–" if v is None else fmt.number(float(v), 1, group=False) for v in values
    )  # a phase the meter did not report
    if limit:
        lowest = min(limit)
        return translate("CircuitsSection", "{amps} A of {limit} A").format(
            amps=amps, limit=fmt.short_number(lowest)
        )
    return f"{amps} A"


class ConnectorsDialog(QDialog):
    """Tick the connectors of the site that are on a circuit."""

    def __init__(
        self, circuit: str, refs: Sequence[Any], on: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConnectorsDialog", "Connectors on {circuit}").format(circuit=circuit))
        lay = QVBoxLayout(self)
        hint = QLabel(
            translate(
                "ConnectorsDialog",
                "Tick the connectors wired to <b>{circuit}</b>. A connector is on one circuit; ticking one moves it "
                "here. Phases and wiring are set per connector in the station editor.",
            ).format(circuit=circuit)
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("CircuitConnectors")
        for ref in refs:
            item = QListWidgetItem(ref.detail)
            item.setData(ID_ROLE, ref.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref.id in on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def checked(self) -> set[int]:
        out = set()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(ID_ROLE)))
        return out


class CircuitsSection(QWidget):
    """The "Circuits and load" part of the Sites tab, for the site ``set_site`` chose."""

    changed = Signal()  # something was saved (the site's revision may have moved on: its form reloads)

    def __init__(self, service: CircuitsService, bridge: Any = None, central: Any = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = service
        self.site_id: int | None = None
        self.data: SiteLoad | None = None
        self.editing: CircuitForm | None = None  # the circuit in the form, as loaded
        self.window_rows: list[LimitRow] = []  # the form's time-of-day limits (edited in limits_dialog)
        self.limits_dialog: TimeOfDayDialog | None = None
        self.live: dict[int, dict[str, Any]] = {}  # circuit id → its last LoadAllocated entry
        self.live_enabled = central is not None
        self._dialogs: list[QWidget] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(translate("CircuitsSection", "Circuits and load"))
        outer.addWidget(self.box)
        lay = QVBoxLayout(self.box)
        self.empty = QLabel(translate("CircuitsSection", "Choose a saved site to see its circuits."))
        self.empty.setStyleSheet(MUTED_CSS)
        lay.addWidget(self.empty)
        self.body = QWidget()
        lay.addWidget(self.body)
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self._tree_column(), 5)
        right = QVBoxLayout()
        right.addWidget(self._circuit_form())
        right.addWidget(self._settings_form())
        right.addStretch(1)
        body.addLayout(right, 2)
        self.body.hide()
        if bridge is not None and hasattr(bridge, "load_allocated"):
            bridge.load_allocated.connect(self.on_load_allocated)

    # --- building ------------------------------------------------------------------------------------

    def _tree_column(self) -> QVBoxLayout:
        col = QVBoxLayout()
        self.model = QStandardItemModel(0, len(COLUMNS))
        self.model.setHorizontalHeaderLabels([translate("CircuitsSection", c) for c in COLUMNS])
        self.tree = QTreeView()
        self.tree.setObjectName("CircuitTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(C_NAME, 160)
        self.tree.setColumnWidth(C_LIMIT, 70)
        self.tree.setColumnWidth(C_PHASES, 55)
        self.tree.setColumnWidth(C_WINDOWS, 190)
        self.tree.setColumnWidth(C_CONNECTORS, 230)
        self.tree.setColumnHidden(C_LOAD, not self.live_enabled)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.tree.doubleClicked.connect(lambda _i: self.edit_selected())
        col.addWidget(self.tree, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("CircuitWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(level_css("warn"))
        self.warnings.hide()
        col.addWidget(self.warnings)
        self.unmanaged = QLabel()
        self.unmanaged.setWordWrap(True)
        self.unmanaged.setStyleSheet(MUTED_CSS)
        col.addWidget(self.unmanaged)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("CircuitsSection", "Add circuit below"))
        self.edit_button = QPushButton(translate("CircuitsSection", "Edit"))
        self.move_button = QPushButton(translate("CircuitsSection", "Move…"))
        self.connectors_button = QPushButton(translate("CircuitsSection", "Connectors…"))
        self.delete_button = QPushButton(translate("CircuitsSection", "Delete…"))
        for b, fn in (
            (self.add_button, self.add_child),
            (self.edit_button, self.edit_selected),
            (self.move_button, self.move_selected),
            (self.connectors_button, self.choose_connectors),
            (self.delete_button, self.delete_selected),
        ):
            b.clicked.connect(fn)
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("CircuitStatus")
        self.status.setWordWrap(True)
        col.addWidget(self.status)
        return col

    def _circuit_form(self) -> QGroupBox:
        self.form_box = QGroupBox(translate("CircuitsSection", "Circuit"))
        lay = QVBoxLayout(self.form_box)
        self.banner = ConflictBanner()
        self.banner.reload_requested.connect(self._reload_after_conflict)
        self.banner.keep_requested.connect(self._keep_after_conflict)
        lay.addWidget(self.banner)
        form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("CircuitsSection", "e.g. Garage"))
        self.parent_combo = QComboBox()
        self.phases = QComboBox()
        self.phases.addItem(translate("CircuitsSection", "3 phases"), 3)
        self.phases.addItem(translate("CircuitsSection", "1 phase"), 1)
        self.amps = QLineEdit()
        self.amps.setPlaceholderText(translate("CircuitsSection", "A per phase, e.g. 63"))
        self.kw = QLineEdit()
        self.kw.setPlaceholderText(translate("CircuitsSection", "kW, e.g. 43 (optional)"))
        for key, label, w in (
            ("name", "Name", self.name),
            ("parent_id", "Under", self.parent_combo),
            ("phases", "Phases", self.phases),
            ("max_current_a", "Max current (A)", self.amps),
            ("max_power_kw", "Max power (kW)", self.kw),
        ):
            w.setObjectName(f"circuit_{key}")
            err = error_label(f"circuit_error_{key}")
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(w)
            box.addWidget(err)
            form.addRow(label, box)
            self.inputs[key], self.errors[key] = w, err
        lay.addLayout(form)
        limits = QHBoxLayout()
        caption = QLabel(translate("CircuitsSection", "Time-of-day limits (site time):"))
        limits.addWidget(caption, 1)
        self.limits_button = QPushButton(translate("CircuitsSection", "Edit time-of-day limits…"))
        self.limits_button.setObjectName("circuit_limits_button")
        self.limits_button.setAutoDefault(False)
        self.limits_button.setToolTip(
            translate(
                "CircuitsSection", "Lower this circuit's limit at times of the week, in a week calendar"
            )
        )
        self.limits_button.clicked.connect(self.edit_limits)
        limits.addWidget(self.limits_button)
        lay.addLayout(limits)
        self.windows = QListWidget()
        self.windows.setObjectName("CircuitWindows")
        self.windows.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.windows.setMaximumHeight(90)
        self.windows.itemDoubleClicked.connect(lambda _item: self.edit_limits())
        lay.addWidget(self.windows)
        self.errors["windows"] = error_label("circuit_error_windows")
        lay.addWidget(self.errors["windows"])
        row = QHBoxLayout()
        self.save_button = QPushButton(translate("CircuitsSection", "Save circuit"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_circuit)
        cancel = QPushButton(translate("CircuitsSection", "Cancel"))
        cancel.clicked.connect(self.close_form)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(cancel)
        lay.addLayout(row)
        self.form_status = QLabel()
        self.form_status.setWordWrap(True)
        lay.addWidget(self.form_status)
        self.form_box.hide()
        return self.form_box

    def _settings_form(self) -> QGroupBox:
        box = QGroupBox(translate("CircuitsSection", "Load sharing"))
        lay = QVBoxLayout(box)
        self.settings_banner = ConflictBanner()
        self.settings_banner.reload_requested.connect(self.reload)
        self.settings_banner.keep_requested.connect(self._keep_settings_after_conflict)
        lay.addWidget(self.settings_banner)
        form = QFormLayout()
        self.strategy = QComboBox()
        for key, label in rules.STRATEGIES.items():
            label = translate("CircuitRules", label)
            self.strategy.addItem(label, key)
        self.min_current = QLineEdit()
        self.min_current.setPlaceholderText("6")
        self.meter_kind = QComboBox()
        for key, label in rules.METER_KINDS.items():
            label = translate("CircuitRules", label)
            self.meter_kind.addItem(label, key)
        self.meter_charger = QComboBox()
        self.meter_host = QLineEdit()
        self.meter_host.setPlaceholderText("192.168.1.50:502")
        self.meter_unit = QLineEdit()
        self.meter_map = QComboBox()
        for key, label in rules.METER_MAPS.items():
            self.meter_map.addItem(label, key)
        self.meter_circuit = QComboBox()
        for combo in (self.strategy, self.meter_kind, self.meter_charger, self.meter_map, self.meter_circuit):
            # long choices (longer still translated) take the form's width, they do not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.settings_inputs: dict[str, QWidget] = {}
        self.settings_errors: dict[str, QLabel] = {}
        self.settings_rows: dict[str, QWidget] = {}
        for key, label, w, tip in (
            ("strategy", translate("CircuitsSection", "Strategy"), self.strategy,
             translate("CircuitsSection", "How the circuits' power is shared between charging sessions")),
            ("min_current_a", translate("CircuitsSection", "Minimum current (A)"), self.min_current,
             translate("CircuitsSection", "Per phase, 6–32 A: a session that would get less waits (paused) instead")),
            ("meter_kind", translate("CircuitsSection", "Base-load meter"), self.meter_kind,
             translate("CircuitsSection",
                       "A meter of the site's other consumers: what they draw is not given to the chargers")),
            ("meter_charger", translate("CircuitsSection", "Meter charger"), self.meter_charger,
             translate("CircuitsSection", "The charger whose meter values at its inlet measure the supply")),
            ("meter_host", translate("CircuitsSection", "Meter address"), self.meter_host,
             translate("CircuitsSection", "The Modbus TCP meter's host:port on the LAN")),
            ("meter_unit", translate("CircuitsSection", "Unit id"), self.meter_unit,
             translate("CircuitsSection", "The meter's Modbus unit id (often 1)")),
            ("meter_map", translate("CircuitsSection", "Register map"), self.meter_map,
             translate("CircuitsSection", "Which registers hold the currents per phase")),
            ("meter_circuit_id", translate("CircuitsSection", "Meter measures"), self.meter_circuit,
             translate("CircuitsSection", "The circuit the meter measures")),
        ):  # fmt: skip
            w.setObjectName(f"load_{key}")
            w.setToolTip(tip)
            err = error_label(f"load_error_{key}")
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(2)
            v.addWidget(w)
            v.addWidget(err)
            form.addRow(label, holder)
            self.settings_inputs[key], self.settings_errors[key] = w, err
            self.settings_rows[key] = holder
        self._settings_form_layout = form
        lay.addLayout(form)
        self.meter_kind.currentIndexChanged.connect(lambda _i: self._update_meter_rows())
        row = QHBoxLayout()
        self.settings_button = QPushButton(translate("CircuitsSection", "Save load sharing"))
        self.settings_button.clicked.connect(self.save_settings)
        row.addWidget(self.settings_button)
        self.settings_status = QLabel()
        self.settings_status.setWordWrap(True)
        row.addWidget(self.settings_status, 1)
        lay.addLayout(row)
        return box

    # --- data ----------------------------------------------------------------------------------------

    def set_site(self, site_id: int | None) -> None:
        if site_id != self.site_id:
            self.live.clear()
            self.close_form()
        self.site_id = site_id
        self.reload()

    def reload(self) -> None:
        self.settings_banner.clear()
        if self.site_id is None:
            self.data = None
            self.empty.show()
            self.body.hide()
            return
        try:
            self.data = self.service.site_load(self.site_id)
        except LookupError:
            self.site_id, self.data = None, None
            self.empty.show()
            self.body.hide()
            return
        self.empty.hide()
        self.body.show()
        self.box.setTitle(
            translate("CircuitsSection", "Circuits and load — {site}").format(site=self.data.tree.site_name)
        )
        self._fill_tree(self.data.tree)
        self._fill_settings(self.data.settings)
        self._update_buttons()

    def _fill_tree(self, tree: CircuitTree) -> None:
        selected = self.selected_id()
        self.model.removeRows(0, self.model.rowCount())
        items: dict[int, QStandardItem] = {}
        for node in tree.nodes:
            name = QStandardItem(node.name)
            name.setData(node.id, ID_ROLE)
            if node.windows:
                name.setToolTip("\n".join(node.windows))
            limit = QStandardItem(node.limit + (" ⚠" if node.warning else ""))
            limit.setToolTip("\n".join([node.warning, *node.windows]).strip())
            phases = QStandardItem(str(node.phases))
            windows = QStandardItem("; ".join(node.windows))
            connectors = QStandardItem(", ".join(c.detail for c in node.connectors) or "—")
            connectors.setToolTip("\n".join(c.detail for c in node.connectors))
            load = QStandardItem(load_text(self.live[node.id]) if node.id in self.live else "")
            row = [name, limit, phases, windows, connectors, load]
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            (parent or self.model.invisibleRootItem()).appendRow(row)
            items[node.id] = name
        self.tree.expandAll()
        warnings = [f"{n.name}: {n.warning}." for n in tree.nodes if n.warning]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.unmanaged.setText(
            translate("CircuitsSection", "Not load-managed: {connectors}").format(
                connectors=", ".join(r.label for r in tree.unmanaged)
            )
            if tree.unmanaged
            else ""
        )
        self.add_button.setText(
            translate("CircuitsSection", "Add circuit below")
            if tree.nodes
            else translate("CircuitsSection", "Add grid connection")
        )
        self.select(selected if selected in items else None)

    def _fill_settings(self, s: LoadSettingsForm) -> None:
        assert self.data is not None
        self._settings_loaded = s
        self._clear_settings_errors()
        select_data(self.strategy, s.strategy)
        self.min_current.setText(s.min_current_a)
        select_data(self.meter_kind, s.meter_kind)
        self.meter_charger.clear()
        self.meter_charger.addItem(translate("CircuitsSection", "— choose the charger —"), "")
        for c in self.data.chargers:
            self.meter_charger.addItem(c.label, c.charge_point_id)
        select_data(self.meter_charger, s.meter_charger)
        self.meter_host.setText(s.meter_host)
        self.meter_unit.setText(s.meter_unit)
        select_data(self.meter_map, s.meter_map)
        self.meter_circuit.clear()
        root = self.data.tree.root
        self.meter_circuit.addItem(
            root.name if root else translate("CircuitsSection", "the grid connection"), None
        )
        for node in self.data.tree.nodes[1:]:
            self.meter_circuit.addItem("    " * node.depth + node.name, node.id)
        select_data(self.meter_circuit, s.meter_circuit_id)
        self._update_meter_rows()

    def _update_meter_rows(self) -> None:
        kind = self.meter_kind.currentData()
        shown = {"meter_charger": kind == "charger", "meter_host": kind == "modbus", "meter_unit": kind == "modbus",
                 "meter_map": kind == "modbus", "meter_circuit_id": kind in ("charger", "modbus")}  # fmt: skip
        for key, visible in shown.items():
            self._settings_form_layout.setRowVisible(self.settings_rows[key], visible)

    def selected_id(self) -> int | None:
        indexes = self.tree.selectionModel().selectedRows(C_NAME) if self.tree.selectionModel() else []
        return int(indexes[0].data(ID_ROLE)) if indexes else None

    def select(self, circuit_id: int | None) -> None:
        self.tree.clearSelection()
        if circuit_id is None:
            return
        for index in self._all_indexes():
            if index.data(ID_ROLE) == circuit_id:
                self.tree.setCurrentIndex(index)
                return

    def _all_indexes(self) -> list[Any]:
        """The tree's rows, parents before their children (the order the tree shows them)."""
        out, todo = [], [self.model.index(r, 0) for r in reversed(range(self.model.rowCount()))]
        while todo:
            index = todo.pop()
            out.append(index)
            todo.extend(self.model.index(r, 0, index) for r in reversed(range(self.model.rowCount(index))))
        return out

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        nodes = self.data.tree.nodes if self.data else ()
        self.add_button.setEnabled(bool(self.data) and (has or not nodes))
        for b in (self.edit_button, self.move_button, self.connectors_button, self.delete_button):
            b.setEnabled(has)
        root = self.data.tree.root if self.data else None
        self.move_button.setEnabled(has and root is not None and self.selected_id() != root.id)

    # --- live load -----------------------------------------------------------------------------------

    def on_load_allocated(self, event: Any) -> None:
        if not self.live_enabled or event.site_id != self.site_id:
            return
        self.live = {int(c["id"]): c for c in event.circuits}
        for index in self._all_indexes():
            circuit = self.live.get(index.data(ID_ROLE))
            item = self.model.itemFromIndex(index.siblingAtColumn(C_LOAD))
            if item is not None:
                item.setText(load_text(circuit) if circuit else "")

    # --- the circuit form ----------------------------------------------------------------------------

    def add_child(self) -> None:
        if self.site_id is None:
            return
        self._open(self.service.new_form(self.site_id, self.selected_id()))
        self.name.setFocus()

    def edit_selected(self) -> None:
        circuit_id = self.selected_id()
        if circuit_id is None:
            return
        try:
            self._open(self.service.load(circuit_id))
        except LookupError:
            self.reload()
            self._status(
                translate("CircuitsSection", "That circuit was deleted meanwhile."),
                "error",
            )

    def move_selected(self) -> None:
        self.edit_selected()
        if self.editing is not None:
            self.parent_combo.setFocus()
            self.form_status.setText(
                translate("CircuitsSection", "Choose the circuit to put it under, then Save circuit.")
            )
            self.form_status.setStyleSheet(level_css("muted"))

    def _open(self, form: CircuitForm) -> None:
        self.editing = form
        self.banner.clear()
        self._clear_errors()
        self.form_status.setText("")
        self.form_box.setTitle(
            translate("CircuitsSection", "Circuit {name}").format(name=form.name)
            if form.id
            else translate("CircuitsSection", "New circuit")
        )
        self._put(form)
        self.form_box.show()

    def _put(self, form: CircuitForm) -> None:
        self.name.setText(form.name)
        self.parent_combo.clear()
        if form.parent_id is None:
            self.parent_combo.addItem(
                translate("CircuitsSection", "— (the grid connection: the top of the tree)"), None
            )
        nodes = self.data.tree.nodes if self.data else ()
        below: set[int] = set()
        if form.id is not None:  # not under itself nor what is below it
            below = {form.id}
            for n in nodes:
                if n.parent_id in below:
                    below.add(n.id)
        for n in nodes:
            if n.id not in below:
                self.parent_combo.addItem("    " * n.depth + n.name, n.id)
        select_data(self.parent_combo, form.parent_id)
        self.parent_combo.setEnabled(form.parent_id is not None)
        select_data(self.phases, form.phases)
        self.amps.setText(form.max_current_a)
        self.kw.setText(form.max_power_kw)
        self._set_window_rows(limit_rows(form.windows))

    def _set_window_rows(self, rows: Sequence[LimitRow]) -> None:
        """The form's time-of-day limits, listed as the tree shows them ("Mon–Fri 11:00–14:00 → 16 A")."""
        self.window_rows = list(rows)
        self.windows.clear()
        for r in rows:
            self.windows.addItem(rules.window_label(r.weekly(), r.max_current_a, r.max_power_kw))
        if not rows:
            item = QListWidgetItem(
                translate("CircuitsSection", "None: the circuit's own limit applies at all times.")
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.windows.addItem(item)

    # --- time-of-day limits --------------------------------------------------------------------------

    def edit_limits(self) -> None:
        """Open the week calendar on the form's time-of-day limits, checked against the limits typed above."""
        if self.editing is None or self.data is None:
            return
        own_a, own_kw = own_limits(self.amps.text(), self.kw.text())
        name = self.name.text().strip() or "the new circuit"
        dialog = TimeOfDayDialog(
            name,
            self.window_rows,
            own_a,
            own_kw,
            site=self.data.tree.site_name,
            timezone=self.data.tree.timezone,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(self._save_from_limits)
        dialog.finished.connect(lambda _result: setattr(self, "limits_dialog", None))
        self.limits_dialog = dialog
        dialog.open()

    def _save_from_limits(self) -> None:
        dialog = self.limits_dialog
        if dialog is None:
            return
        self._set_window_rows(dialog.rows())
        outcome = self.save_circuit()
        if outcome == "saved" or outcome == "conflict":  # a conflict: the form's banner says what changed
            dialog.accept()

    def collect(self) -> CircuitForm:
        assert self.editing is not None
        form = copy.deepcopy(self.editing)
        form.name = self.name.text()
        form.parent_id = self.parent_combo.currentData()
        form.phases = int(self.phases.currentData())
        form.max_current_a, form.max_power_kw = self.amps.text(), self.kw.text()
        form.windows = window_forms(self.window_rows)
        return form

    def close_form(self) -> None:
        self.editing = None
        self.form_box.hide()

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            if key in self.inputs:
                self.inputs[key].setStyleSheet("")

    def show_errors(self, problems: dict[str, str]) -> None:
        self._clear_errors()
        window_messages = []
        for key, message in problems.items():
            if key.startswith("windows"):
                window_messages.append(message)
                continue
            label = self.errors.get(key, self.errors["name"])
            label.setText(message)
            label.show()
            if key in self.inputs:
                self.inputs[key].setStyleSheet(FIELD_ERROR_CSS)
        if window_messages:
            self.errors["windows"].setText("\n".join(window_messages))
            self.errors["windows"].show()
        self.form_status.setText(translate("CircuitsSection", "Not saved: fix the marked fields."))
        self.form_status.setStyleSheet(level_css("error"))
        if self.limits_dialog is not None:  # saved from the week calendar: say it there too
            self.limits_dialog.show_problems(problems)

    def _not_saved(self, text: str) -> None:
        self.form_status.setText(text)
        self.form_status.setStyleSheet(level_css("error"))
        if self.limits_dialog is not None:
            self.limits_dialog.show_problems({"": text.removeprefix("Not saved: ")})

    def save_circuit(self) -> str:
        """Save the form; returns ``"saved"``, ``"problems"`` (shown by the fields and in the week calendar when
        it is open), ``"conflict"`` (the banner) or ``"refused"``."""
        if self.editing is None:
            return "refused"
        form = self.collect()
        try:
            saved = self.service.save(form, base=self.editing)
        except FormError as e:
            self.show_errors(e.problems)
            return "problems"
        except EditConflict as conflict:
            self._clear_errors()
            self.banner.show_conflict(conflict)
            self.form_status.setText(
                translate(
                    "CircuitsSection", "Not saved: this circuit was changed on another console meanwhile."
                )
            )
            self.form_status.setStyleSheet(level_css("error"))
            return "conflict"
        except LookupError:
            self._not_saved(
                translate(
                    "CircuitsSection", "Not saved: this circuit was deleted on another console meanwhile."
                )
            )
            return "refused"
        except WriteRefused as e:
            self._not_saved(translate("CircuitsSection", "Not saved: {reason}.").format(reason=e))
            return "refused"
        self.close_form()
        self.reload()
        self.select(saved.id)
        text = translate("CircuitsSection", "Saved circuit {name}.").format(name=form.name.strip())
        self._status(
            " ".join([text, *saved.warnings]),
            "warn" if saved.warnings else "ok",
        )
        self.changed.emit()
        return "saved"

    def _reload_after_conflict(self) -> None:
        conflict = self.banner.conflict
        self.reload()
        if conflict is not None and conflict.current is not None:
            self._open(conflict.current)
        else:
            self.close_form()

    def _keep_after_conflict(self) -> None:
        conflict = self.banner.conflict
        if conflict is None or conflict.current is None or self.editing is None:
            return
        merged = keep_editing(self.editing, self.collect(), conflict.current)
        self.editing = conflict.current
        self.banner.clear()
        self._put(merged)
        self.form_status.setText(
            translate("CircuitsSection", "Your changes are kept; the other fields show what is stored now.")
        )
        self.form_status.setStyleSheet(level_css("warn"))

    def _status(self, text: str, level: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(level_css(level))  # type: ignore[arg-type]

    # --- delete, connectors --------------------------------------------------------------------------

    def delete_selected(self) -> None:
        circuit_id = self.selected_id()
        node = self.data.tree.node(circuit_id) if self.data and circuit_id is not None else None
        if node is None:
            return
        self._ask(
            translate("CircuitsSection", "Delete circuit {name}?").format(name=node.name),
            lambda: self._delete(node.id, node.revision, force=False),
        )

    def _ask(self, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("CircuitsSection", "Delete circuit"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: then() if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        self.question = box

    def _delete(self, circuit_id: int, revision: int, *, force: bool) -> None:
        try:
            self.service.delete(circuit_id, revision=revision, force=force)
        except CircuitInUse as e:
            self._ask(
                translate("CircuitsSection", "{reason} Delete?").format(reason=e.sentence),
                lambda: self._delete(circuit_id, revision, force=True),
            )
            return
        except EditConflict as conflict:
            self.reload()
            self._status(
                translate("CircuitsSection", "{conflict} Reloaded: look again before deleting.").format(
                    conflict=conflict.sentence()
                ),
                "error",
            )
            return
        except WriteRefused as e:
            self._status(translate("CircuitsSection", "Not deleted: {reason}.").format(reason=e), "error")
            return
        if self.editing is not None and self.editing.id == circuit_id:
            self.close_form()
        self.reload()
        self._status(translate("CircuitsSection", "Circuit deleted."), "ok")
        self.changed.emit()

    def choose_connectors(self) -> None:
        circuit_id = self.selected_id()
        node = self.data.tree.node(circuit_id) if self.data and circuit_id is not None else None
        if node is None or self.data is None:
            return
        refs = [c for n in self.data.tree.nodes for c in n.connectors] + list(self.data.tree.unmanaged)
        refs.sort(key=lambda r: r.label)
        on = {c.id for c in node.connectors}
        dialog = ConnectorsDialog(node.name, refs, on, self)
        dialog.accepted.connect(lambda: self._assign(node.id, on, dialog.checked()))
        dialog.open()
        self.connectors_dialog = dialog

    def _assign(self, circuit_id: int, before: set[int], after: set[int]) -> None:
        assert self.site_id is not None
        try:
            if after - before:
                self.service.assign_connectors(self.site_id, circuit_id, after - before)
            if before - after:
                self.service.assign_connectors(self.site_id, None, before - after)
        except FormError as e:
            self._status(
                translate("CircuitsSection", "Not changed: {problems}").format(
                    problems=" ".join(e.problems.values())
                ),
                "error",
            )
            return
        except WriteRefused as e:
            self._status(translate("CircuitsSection", "Not changed: {reason}.").format(reason=e), "error")
            return
        self.reload()
        self._status(translate("CircuitsSection", "Connectors saved."), "ok")
        self.changed.emit()

    # --- load settings -------------------------------------------------------------------------------

    def collect_settings(self) -> LoadSettingsForm:
        form = copy.deepcopy(self._settings_loaded)
        form.strategy = self.strategy.currentData()
        form.min_current_a = self.min_current.text()
        form.meter_kind = self.meter_kind.currentData()
        form.meter_charger = self.meter_charger.currentData() or ""
        form.meter_host = self.meter_host.text()
        form.meter_unit = self.meter_unit.text()
        form.meter_map = self.meter_map.currentData()
        form.meter_circuit_id = self.meter_circuit.currentData()
        return form

    def _clear_settings_errors(self) -> None:
        for key, label in self.settings_errors.items():
            label.hide()
            self.settings_inputs[key].setStyleSheet("")

    def save_settings(self) -> None:
        form = self.collect_settings()
        self._clear_settings_errors()
        try:
            self.service.save_settings(form, base=self._settings_loaded)
        except FormError as e:
            for key, message in e.problems.items():
                label = self.settings_errors.get(key, self.settings_errors["strategy"])
                label.setText(message)
                label.show()
                if key in self.settings_inputs:
                    self.settings_inputs[key].setStyleSheet(FIELD_ERROR_CSS)
            self._settings_status(
                translate("CircuitsSection", "Not saved: fix the marked fields."),
                "error",
            )
            return
        except EditConflict as conflict:
            self.settings_banner.show_conflict(conflict)
            self._settings_status(
                translate("CircuitsSection", "Not saved: the site was changed on another console meanwhile."),
                "error",
            )
            return
        except WriteRefused as e:
            self._settings_status(
                translate("CircuitsSection", "Not saved: {reason}.").format(reason=e), "error"
            )
            return
        self.reload()
        self._settings_status(translate("CircuitsSection", "Saved."), "ok")
        self.changed.emit()

    def _keep_settings_after_conflict(self) -> None:
        conflict = self.settings_banner.conflict
        if conflict is None or conflict.current is None:
            return
        merged = keep_editing_settings(self._settings_loaded, self.collect_settings(), conflict.current)
        self.settings_banner.clear()
        self._fill_settings(merged)
        self._settings_loaded = conflict.current  # the next save is made against the stored revision
        self._settings_status(
            translate(
                "CircuitsSection", "Your changes are kept; Save replaces what is stored where you changed it."
            ),
            "warn",
        )

    def _settings_status(self, text: str, level: str) -> None:
        self.settings_status.setText(text)
        self.settings_status.setStyleSheet(level_css(level))  # type: ignore[arg-type]


__all__ = ["CircuitsSection", "ConnectorsDialog", "load_text"]
