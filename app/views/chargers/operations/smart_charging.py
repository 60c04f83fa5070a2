"""The Operations tab's smart charging forms: set a charging profile (periods in a table, validated and built by
:mod:`app.services.chargers.operation_forms`), clear profiles, get the composite schedule (a table and a step
chart), get the charging profiles the charger holds (2.0.1: ours and those a system on site set, as a table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.chargers.local_list import ActiveSession, TagChoice
from app.services.chargers.operation_forms import KINDS, PURPOSES, ProfileForm, build_profile
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.operations.common import (
    OperationForm,
    aware,
    connector_combo,
    fill_connectors,
    fill_sessions,
    local_now,
    qdt,
)
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.text import plain_label


class SetProfileForm(OperationForm):
    """A charging profile: purpose, kind, unit, schedule start and validity, and its periods."""

    key = "set_profile"

    def build(self) -> None:
        cols = QHBoxLayout(self)
        cols.setContentsMargins(0, 0, 0, 0)
        f = QFormLayout()
        self.connector = connector_combo(zero=translate("SetProfileForm", "0 — whole charger"))
        self.purpose = QComboBox()
        for p, text in zip(
            PURPOSES,
            (
                translate("SetProfileForm", "TxDefaultProfile — default for new sessions"),
                translate("SetProfileForm", "ChargePointMaxProfile — cap for the whole charger"),
                translate("SetProfileForm", "TxProfile — the running session only"),
            ),
            strict=True,
        ):
            self.purpose.addItem(text, p)
        self.session = QComboBox()
        self.session.setToolTip(translate("SetProfileForm", "The session a TxProfile applies to"))
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(k, k)
        self.recurrency = QComboBox()
        self.recurrency.addItems(["Daily", "Weekly"])  # i18n: not text (OCPP's recurrencyKind values)
        self.profile_id = QSpinBox()
        self.profile_id.setRange(1, 1_000_000)
        self.stack = QSpinBox()
        self.stack.setRange(0, 99)
        self.unit = QComboBox()
        self.unit.addItem(translate("SetProfileForm", "A (current per phase)"), "A")
        self.unit.addItem(translate("SetProfileForm", "W (power)"), "W")
        self.start = QDateTimeEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(0, 31 * 86_400)
        self.duration.setSingleStep(900)
        self.duration.setSuffix(" s")  # i18n: not text (the unit)
        self.duration.setSpecialValueText(translate("SetProfileForm", "no end"))
        self.valid_from = self._optional_time(translate("SetProfileForm", "from now"))
        self.valid_to = self._optional_time(translate("SetProfileForm", "no end"))
        f.addRow(translate("SetProfileForm", "Connector"), self.connector)
        f.addRow(translate("SetProfileForm", "Purpose"), self.purpose)
        f.addRow(translate("SetProfileForm", "Session"), self.session)
        f.addRow(translate("SetProfileForm", "Kind"), self.kind)
        f.addRow(translate("SetProfileForm", "Recurrency"), self.recurrency)
        f.addRow(translate("SetProfileForm", "Profile id"), self.profile_id)
        f.addRow(translate("SetProfileForm", "Stack level"), self.stack)
        f.addRow(translate("SetProfileForm", "Unit"), self.unit)
        f.addRow(translate("SetProfileForm", "Schedule start"), self.start)
        f.addRow(translate("SetProfileForm", "Duration"), self.duration)
        f.addRow(translate("SetProfileForm", "Valid from"), self.valid_from)
        f.addRow(translate("SetProfileForm", "Valid to"), self.valid_to)
        cols.addLayout(f, 1)
        right = QVBoxLayout()
        right.addWidget(
            QLabel(translate("SetProfileForm", "Periods (start in seconds from the schedule start)"))
        )
        self.periods = QTableWidget(0, 3)
        self.periods.setHorizontalHeaderLabels(
            [
                translate("SetProfileForm", "Start (s)"),
                translate("SetProfileForm", "Limit"),
                translate("SetProfileForm", "Phases"),
            ]
        )
        self.periods.verticalHeader().setVisible(False)
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.periods.setToolTip(
            translate("SetProfileForm", "Phases: 1–3, or empty for the charger's default")
        )
        self._add_period("0", "16", "")
        right.addWidget(self.periods, 1)
        row = QHBoxLayout()
        self.add = QPushButton(translate("SetProfileForm", "Add period"))
        self.add.clicked.connect(lambda: self._add_period())
        self.remove = QPushButton(translate("SetProfileForm", "Remove period"))
        self.remove.clicked.connect(self._remove_period)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.send_button(translate("SetProfileForm", "Send profile"), self.send))
        right.addLayout(row)
        cols.addLayout(right, 1)
        self.kind.currentIndexChanged.connect(self._profile_fields)
        self.purpose.currentIndexChanged.connect(self._profile_fields)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self._profile_fields()

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)
        self.start.setDateTime(qdt(local_now().replace(second=0, microsecond=0)))

    def set_sessions(self, sessions: Sequence[ActiveSession]) -> None:
        fill_sessions(self.session, sessions)

    def _optional_time(self, empty: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        edit.setSpecialValueText(empty)
        edit.setDateTime(edit.minimumDateTime())
        edit.setToolTip(
            translate("SetProfileForm", "Leave at the first value ('{empty}') for none").format(empty=empty)
        )
        return edit

    @staticmethod
    def _optional_value(edit: QDateTimeEdit) -> dt.datetime | None:
        return None if edit.dateTime() == edit.minimumDateTime() else aware(edit)

    def _add_period(self, start: str | None = None, limit: str | None = None, phases: str = "") -> None:
        rows = self.periods.rowCount()
        if start is None:
            last_start = self._cell(rows - 1, 0) if rows else "-3600"
            last_limit = self._cell(rows - 1, 1) if rows else "16"
            try:
                start = str(int(last_start) + 3600)
            except ValueError:
                start = ""
            limit = last_limit
        self.periods.insertRow(rows)
        for c, text in enumerate((start, limit or "", phases)):
            self.periods.setItem(rows, c, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.periods.item(row, column)
        return item.text() if item is not None else ""

    def _remove_period(self) -> None:
        row = self.periods.currentRow()
        if row < 0:
            row = self.periods.rowCount() - 1
        if row >= 0:
            self.periods.removeRow(row)

    def _profile_fields(self) -> None:
        kind = self.kind.currentData()
        self.recurrency.setEnabled(kind == "Recurring")
        self.recurrency.setToolTip(
            "" if kind == "Recurring" else translate("SetProfileForm", "Only for a Recurring profile")
        )
        self.start.setEnabled(kind != "Relative")
        self.start.setToolTip(
            ""
            if kind != "Relative"
            else translate("SetProfileForm", "A Relative profile starts with the session")
        )
        tx = self.purpose.currentData() == "TxProfile"
        self.session.setEnabled(tx)
        self.session.setToolTip(
            translate("SetProfileForm", "The session a TxProfile applies to")
            if tx
            else translate("SetProfileForm", "Only for a TxProfile")
        )

    def _unit_changed(self) -> None:
        unit = self.unit.currentData()
        for r in range(self.periods.rowCount()):
            item = self.periods.item(r, 1)
            if item is None:
                continue
            try:
                value = float(item.text())
            except ValueError:
                continue
            if unit == "W" and value < 100:
                item.setText(str(round(value * 230 * 3)))
            elif unit == "A" and value >= 100:
                item.setText(f"{value / (230 * 3):.1f}")

    def profile_form(self) -> ProfileForm:
        """What the Set charging profile form says, as typed."""
        periods = []
        for r in range(self.periods.rowCount()):
            cells = [self.periods.item(r, c) for c in range(3)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            if any(t.strip() for t in texts):
                periods.append((texts[0], texts[1], texts[2]))
        kind = self.kind.currentData()
        session = self.session.currentData()
        return ProfileForm(
            profile_id=self.profile_id.value(),
            stack_level=self.stack.value(),
            purpose=self.purpose.currentData(),
            kind=kind,
            recurrency=self.recurrency.currentText(),
            unit=self.unit.currentData(),
            periods=periods,
            start_schedule=None if kind == "Relative" else aware(self.start),
            duration=self.duration.value() or None,
            valid_from=self._optional_value(self.valid_from),
            valid_to=self._optional_value(self.valid_to),
            transaction_id=session.stop_id if isinstance(session, ActiveSession) else None,
            connector=self.connector.currentData() or 0,
        )

    def send(self) -> None:
        form = self.profile_form()
        profile, problems = build_profile(form)
        connector = form.connector or 0
        if problems or profile is None:
            self.problem("\n".join(problems))
            return
        cp = self.cp_id
        periods = ", ".join(
            f"{p['startPeriod']} s: {p['limit']} {form.unit}"
            for p in profile["chargingSchedule"]["chargingSchedulePeriod"]
        )
        self.run(
            translate(
                "SetProfileForm", "#{profile_id} {purpose} {kind} on connector {connector} — {periods}"
            ).format(
                profile_id=form.profile_id,
                purpose=form.purpose,
                kind=form.kind,
                connector=connector,
                periods=periods,
            ),
            lambda: self.ops.set_charging_profile(cp, connector, profile),
        )


class ClearProfileForm(OperationForm):
    """Clear one profile by id, or every profile matching connector, purpose and stack level."""

    key = "clear_profile"

    def build(self) -> None:
        f = QFormLayout(self)
        self.by_id = QRadioButton(translate("ClearProfileForm", "By profile id"))
        self.by_criteria = QRadioButton(
            translate("ClearProfileForm", "By criteria (every profile that matches)")
        )
        self.by_id.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_id)
        group.addButton(self.by_criteria)
        self.profile_id = QSpinBox()
        self.profile_id.setRange(1, 1_000_000)
        self.connector = connector_combo(
            zero=translate("ClearProfileForm", "0 — whole charger"),
            none=translate("ClearProfileForm", "Any connector"),
        )
        self.purpose = QComboBox()
        self.purpose.addItem(translate("ClearProfileForm", "Any purpose"), None)
        for p in PURPOSES:
            self.purpose.addItem(p, p)
        self.stack = QSpinBox()
        self.stack.setRange(-1, 99)
        self.stack.setValue(-1)
        self.stack.setSpecialValueText(translate("ClearProfileForm", "any"))
        f.addRow(self.by_id)
        f.addRow(translate("ClearProfileForm", "Profile id"), self.profile_id)
        f.addRow(self.by_criteria)
        f.addRow(translate("ClearProfileForm", "Connector"), self.connector)
        f.addRow(translate("ClearProfileForm", "Purpose"), self.purpose)
        f.addRow(translate("ClearProfileForm", "Stack level"), self.stack)
        f.addRow("", self.send_button(translate("ClearProfileForm", "Clear profiles"), self.send))
        self.by_id.toggled.connect(self._clear_fields)
        self._clear_fields()

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)

    def _clear_fields(self) -> None:
        by_id = self.by_id.isChecked()
        self.profile_id.setEnabled(by_id)
        for w in (self.connector, self.purpose, self.stack):
            w.setEnabled(not by_id)

    def send(self) -> None:
        cp = self.cp_id
        if self.by_id.isChecked():
            pid = self.profile_id.value()
            self.run(
                translate("ClearProfileForm", "profile #{pid}").format(pid=pid),
                lambda: self.ops.clear_charging_profile(cp, pid),
            )
            return
        connector = self.connector.currentData()
        purpose = self.purpose.currentData()
        stack = self.stack.value() if self.stack.value() >= 0 else None
        shown = ", ".join(
            x
            for x in (
                translate("ClearProfileForm", "connector {connector}").format(connector=connector)
                if connector is not None
                else "",
                purpose or "",
                translate("ClearProfileForm", "stack {stack}").format(stack=stack)
                if stack is not None
                else "",
            )
            if x
        )
        self.run(
            shown or translate("ClearProfileForm", "every profile"),
            lambda: self.ops.clear_charging_profile(cp, None, connector, purpose, stack),
        )


class CompositeForm(OperationForm):
    """Ask for the limits the charger will apply, and show them."""

    key = "composite"

    def build(self) -> None:
        cols = QHBoxLayout(self)
        cols.setContentsMargins(0, 0, 0, 0)
        f = QFormLayout()
        self.connector = connector_combo(zero=translate("CompositeForm", "0 — whole charger"))
        self.duration = QSpinBox()
        self.duration.setRange(60, 7 * 86_400)
        self.duration.setSingleStep(900)
        self.duration.setValue(3600)
        self.duration.setSuffix(" s")  # i18n: not text (the unit)
        self.unit = QComboBox()
        self.unit.addItem(translate("CompositeForm", "Charger's choice"), None)
        self.unit.addItem("A", "A")  # i18n: not text (the unit)
        self.unit.addItem("W", "W")  # i18n: not text (the unit)
        f.addRow(translate("CompositeForm", "Connector"), self.connector)
        f.addRow(translate("CompositeForm", "Duration"), self.duration)
        f.addRow(translate("CompositeForm", "Unit"), self.unit)
        f.addRow("", self.send_button(translate("CompositeForm", "Get schedule"), self.send))
        self.summary = plain_label("")  # quotes the charger's answer
        self.summary.setWordWrap(True)
        f.addRow(self.summary)
        cols.addLayout(f, 1)
        right = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("CompositeForm", "From"),
                translate("CompositeForm", "At"),
                translate("CompositeForm", "Limit"),
                translate("CompositeForm", "Phases"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        right.addWidget(self.table)
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(150)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setChart(chart)
        right.addWidget(self.chart, 1)
        cols.addLayout(right, 2)

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)

    def send(self) -> None:
        cp = self.cp_id
        connector = self.connector.currentData() or 0
        duration = self.duration.value()
        unit = self.unit.currentData()
        self.run(
            translate("CompositeForm", "connector {connector}, {duration} s").format(
                connector=connector, duration=duration
            )
            + (f", {unit}" if unit else ""),
            lambda: self.ops.get_composite_schedule(cp, connector, duration, unit),
            self.show_schedule,
        )

    def show_schedule(self, answer: dict[str, Any]) -> None:
        """The composite schedule as a table and a step chart."""
        schedule = answer.get("chargingSchedule") or answer.get("schedule") or {}  # 1.6 / 2.0.1
        periods = sorted(schedule.get("chargingSchedulePeriod") or (), key=lambda p: p.get("startPeriod", 0))
        unit = schedule.get("chargingRateUnit", "")
        start_text = (
            answer.get("scheduleStart") or schedule.get("scheduleStart") or schedule.get("startSchedule")
        )
        start: dt.datetime | None = None
        if isinstance(start_text, str):
            try:
                start = dt.datetime.fromisoformat(start_text.replace("Z", "+00:00"))
            except ValueError:
                start = None
        if answer.get("status") != "Accepted" or not periods:
            self.summary.setText(
                translate("CompositeForm", "The charger answered {status}: no schedule to show.").format(
                    status=answer.get("status", "?")
                )
            )
            self.table.setRowCount(0)
            self.chart.chart().removeAllSeries()
            return
        duration = schedule.get("duration") or self.duration.value()
        self.summary.setText(
            ChargerPlurals.tr("%n period(s) over {duration} s in {unit}", None, len(periods)).format(
                duration=duration, unit=unit
            )
            + (
                translate("CompositeForm", ", from {start}").format(
                    start=f"{start.astimezone():%Y-%m-%d %H:%M}"
                )
                if start
                else ""
            )
        )
        self.table.setRowCount(len(periods))
        for r, p in enumerate(periods):
            offset = int(p.get("startPeriod", 0))
            at = f"{(start + dt.timedelta(seconds=offset)).astimezone():%H:%M:%S}" if start else ""
            phases = p.get("numberPhases")
            for c, text in enumerate(
                (f"{offset} s", at, f"{p.get('limit')} {unit}", str(phases) if phases is not None else "")
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        chart = self.chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QLineSeries()
        ends = [int(p.get("startPeriod", 0)) for p in periods[1:]] + [int(duration)]
        top = 0.0
        for p, end in zip(periods, ends, strict=True):
            limit = float(p.get("limit", 0))
            top = max(top, limit)
            series.append(int(p.get("startPeriod", 0)) / 60, limit)
            series.append(end / 60, limit)
        chart.addSeries(series)
        x = QValueAxis()
        x.setTitleText("minutes")
        x.setRange(0, max(1, int(duration)) / 60)
        x.setLabelFormat("%d")
        y = QValueAxis()
        y.setTitleText(unit)
        y.setRange(0, top * 1.1 or 1)
        y.applyNiceNumbers()
        y.setLabelFormat("%g")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


#: the purposes GetChargingProfiles may ask for (2.0.1 names; our 1.6-style ChargePointMaxProfile is translated)
PROFILE_PURPOSES = (*PURPOSES, "ChargingStationExternalConstraints")
#: who set a profile (2.0.1 chargingLimitSource): the central system, or a system on site
PROFILE_SOURCES = ("CSO", "EMS", "SO", "Other")
PROFILE_COLUMNS = (
    QT_TRANSLATE_NOOP("ProfilesForm", "Id"),
    QT_TRANSLATE_NOOP("ProfilesForm", "EVSE"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Purpose"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Stack"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Kind"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Periods"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Valid from"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Valid to"),
    QT_TRANSLATE_NOOP("ProfilesForm", "Source"),
)


def _local(text: object) -> str:
    if not isinstance(text, str) or not text:
        return ""
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return f"{value.astimezone():%Y-%m-%d %H:%M}"


def periods_text(profile: dict[str, Any]) -> str:
    """A profile's schedules' periods: "0 s: 16 A, 600 s: 11 A" (each schedule's own unit)."""
    out: list[str] = []
    for schedule in profile.get("chargingSchedule") or ():
        unit = schedule.get("chargingRateUnit", "")
        for p in schedule.get("chargingSchedulePeriod") or ():
            phases = p.get("numberPhases")
            out.append(
                f"{p.get('startPeriod', 0)} s: {p.get('limit')} {unit}" + (f" ×{phases}" if phases else "")
            )
        if schedule.get("duration") is not None:
            out.append(translate("ProfilesForm", "for {duration} s").format(duration=schedule["duration"]))
    return ", ".join(out)


def profile_cells(profile: dict[str, Any]) -> list[str]:
    """A reported profile as the table's cells, in :data:`PROFILE_COLUMNS` order."""
    return [
        str(profile.get("id", "")),
        str(profile.get("evseId", "")),
        str(profile.get("chargingProfilePurpose", "")),
        str(profile.get("stackLevel", "")),
        str(profile.get("chargingProfileKind", ""))
        + (f" ({profile['recurrencyKind']})" if profile.get("recurrencyKind") else ""),
        periods_text(profile),
        _local(profile.get("validFrom")),
        _local(profile.get("validTo")),
        str(profile.get("chargingLimitSource", "")),
    ]


class ProfilesForm(OperationForm):
    """GetChargingProfiles (2.0.1): by EVSE, purpose, stack level and source; the profiles the charger reports
    (ReportChargingProfiles) as a table. A 1.6 charger has no such message: the composite schedule is offered."""

    key = "get_profiles"

    def build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        f = QFormLayout()
        self.evse = connector_combo(
            zero=translate("ProfilesForm", "0 — the station itself"),
            none=translate("ProfilesForm", "Every EVSE"),
        )
        self.purpose = QComboBox()
        self.purpose.addItem(translate("ProfilesForm", "Any purpose"), None)
        for p in PROFILE_PURPOSES:
            self.purpose.addItem(p, p)
        self.stack = QSpinBox()
        self.stack.setRange(-1, 99)
        self.stack.setValue(-1)
        self.stack.setSpecialValueText(translate("ProfilesForm", "any"))
        sources = QHBoxLayout()
        self.sources: dict[str, QCheckBox] = {}
        for name in PROFILE_SOURCES:
            box = QCheckBox(name)  # i18n: not text (OCPP's chargingLimitSource values)
            self.sources[name] = box
            sources.addWidget(box)
        sources.addStretch(1)
        f.addRow(translate("ProfilesForm", "EVSE"), self.evse)
        f.addRow(translate("ProfilesForm", "Purpose"), self.purpose)
        f.addRow(translate("ProfilesForm", "Stack level"), self.stack)
        f.addRow(translate("ProfilesForm", "Set by (none: any)"), sources)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button(translate("ProfilesForm", "Get profiles"), self.send))
        self.composite_instead = QPushButton(translate("ProfilesForm", "Get composite schedule instead"))
        self.composite_instead.clicked.connect(self._composite)
        self.composite_instead.hide()
        buttons.addWidget(self.composite_instead)
        buttons.addStretch(1)
        f.addRow("", buttons)
        outer.addLayout(f)
        self.summary = plain_label("")  # quotes the charger's answer
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.table = QTableWidget(0, len(PROFILE_COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ProfilesForm", c) for c in PROFILE_COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        outer.addWidget(self.table, 1)

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        every = self.evse.currentData() is None  # (at first too: every EVSE unless the operator picks one)
        fill_connectors(self.evse, connectors)
        if every:
            self.evse.setCurrentIndex(0)

    def set_supported(self, why: str | None) -> None:
        super().set_supported(why)
        self.composite_instead.setVisible(why is not None)

    def charger_switched(self) -> None:
        self.summary.setText("")
        self.table.setRowCount(0)

    def _composite(self) -> None:
        select = getattr(self.host, "select_operation", None)
        if select is not None:
            select("composite")

    def send(self) -> None:
        cp = self.cp_id
        evse = self.evse.currentData()
        purpose = self.purpose.currentData()
        stack = self.stack.value() if self.stack.value() >= 0 else None
        sources = [name for name, box in self.sources.items() if box.isChecked()]
        shown = ", ".join(
            x
            for x in (
                translate("ProfilesForm", "EVSE {evse}").format(evse=evse) if evse is not None else "",
                purpose or "",
                translate("ProfilesForm", "stack {stack}").format(stack=stack) if stack is not None else "",
                "/".join(sources),
            )
            if x
        )
        self.run(
            shown or translate("ProfilesForm", "every profile"),
            lambda: self.ops.get_charging_profiles(cp, evse, purpose, stack, sources or None),
            self.show_profiles,
        )

    def show_profiles(self, answer: dict[str, Any]) -> None:
        """The reported profiles as a table, by EVSE, source and id."""
        profiles = sorted(
            answer.get("reportedProfiles") or (),
            key=lambda p: (p.get("evseId", 0), str(p.get("chargingLimitSource", "")), p.get("id", 0)),
        )
        if answer.get("status") != "Accepted":
            self.summary.setText(
                translate("ProfilesForm", "The charger answered {status}: it holds no such profile.").format(
                    status=answer.get("status", "?")
                )
            )
        else:
            text = ChargerPlurals.tr("The charger holds %n profile(s) that match.", None, len(profiles))
            if answer.get("reportComplete") is False:
                text += " " + translate(
                    "ProfilesForm", "Its report stopped before the last part: more may be missing."
                )
            self.summary.setText(text)
        self.table.setRowCount(len(profiles))
        for r, profile in enumerate(profiles):
            for c, cell in enumerate(profile_cells(profile)):
                self.table.setItem(r, c, QTableWidgetItem(cell))
