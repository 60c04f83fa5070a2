"""One charging session in full: every stored field, why it was authorized, the price band by band and the
meter values as a chart (energy delivered and power over the session, in the site's local time).

The dialog only presents: the Sessions page loads a :class:`app.services.reports.sessions.SessionDetail` off the GUI
thread and hands it over with :meth:`SessionDetailDialog.set_detail`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.reports.load import LimitStep, limit_line
from app.services.reports.sessions import Breakdown, Sample, SessionDetail
from app.services.rules.access import shown_reason
from app.views.widgets.charts import nice_top, point, time_axis
from app.views.widgets.style import CHART_ENERGY, CHART_POWER, FAILED, MUTED_CSS, WARN, text_css
from app.views.widgets.text import plain_label, tip

FLAG_TEXT = {
    "unknown_transaction": QT_TRANSLATE_NOOP(
        "SessionFlags", "stopped without a start we saw (unknown transaction)"
    ),
    "repeated_stop": QT_TRANSLATE_NOOP("SessionFlags", "the charger sent the stop twice"),
    "clock_skew": QT_TRANSLATE_NOOP("SessionFlags", "the charger's clock was off (times corrected)"),
    "session_register": QT_TRANSLATE_NOOP("SessionFlags", "the charger's meter restarts at 0 per session"),
    "price_error": QT_TRANSLATE_NOOP("SessionFlags", "the price could not be computed"),
    "no_station": QT_TRANSLATE_NOOP("SessionFlags", "the charger is bound to no station"),
    "implausible_energy": QT_TRANSLATE_NOOP(
        "SessionFlags", "more energy than the connector can deliver (not priced)"
    ),
    "implausible_power": QT_TRANSLATE_NOOP(
        "SessionFlags", "more power than the connector can deliver (not priced)"
    ),
    "implausible_time": QT_TRANSLATE_NOOP("SessionFlags", "implausible times (not priced)"),
    "closed_by_new_start": QT_TRANSLATE_NOOP(
        "SessionFlags", "ended by ChargeDesk: a new transaction started on its connector (not priced)"
    ),
    "closed_when_free": QT_TRANSLATE_NOOP(
        "SessionFlags", "ended by ChargeDesk: its connector was free again (not priced)"
    ),
    "closed_by_operator": QT_TRANSLATE_NOOP("SessionFlags", "ended by an operator (not priced)"),
}
BAND_COLUMNS = [
    QT_TRANSLATE_NOOP("SessionDetailDialog", "From"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "To"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Tariff"),
    "kWh",
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Energy cost"),
    QT_TRANSLATE_NOOP("SessionDetailDialog", "Time cost"),
]


def money(value: Decimal | None, currency: str = "") -> str:
    if value is None:
        return "–"
    return fmt.money(value, currency)


def kwh(value: Decimal | float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{fmt.number(float(value), digits)} kWh"


def duration_text(delta: dt.timedelta | None) -> str:
    if delta is None:
        return ""
    minutes = max(0, int(delta.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    if hours >= 24:
        days, hours = divmod(hours, 24)
        return translate("SessionDetailDialog", "{days} d {hours} h {minutes} min").format(
            days=days, hours=hours, minutes=f"{minutes:02d}"
        )
    if hours:
        return translate("SessionDetailDialog", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return translate("SessionDetailDialog", "{minutes} min").format(minutes=minutes)


def flag_text(flag: str) -> str:
    return translate("SessionFlags", FLAG_TEXT[flag]) if flag in FLAG_TEXT else flag.replace("_", " ")


class SessionDetailDialog(QDialog):
    """The detail of one session. ``reload_requested(id)`` asks the page for fresh data (a running session)."""

    reload_requested = Signal(int)
    end_requested = Signal(int)  # the operator confirmed: close this open session (the charger abandoned it)
    status_requested = Signal(str, str, int)  # ask a 2.0.1 station (cp id, transactionId, session id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionDetail")
        self.setWindowTitle(translate("SessionDetailDialog", "Session"))
        self.resize(1180, 760)
        self.session_id: int | None = None
        self.detail: SessionDetail | None = None

        lay = QVBoxLayout(self)
        self.heading = plain_label(
            translate("SessionDetailDialog", "Loading…")
        )  # the station, idTag, user: data, never markup
        self.heading.setObjectName("DetailHeading")
        self.heading.setStyleSheet("font-size:15pt; font-weight:600;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = plain_label("")
        self.subheading.setStyleSheet(MUTED_CSS)
        lay.addWidget(self.heading)
        lay.addWidget(self.subheading)

        body = QHBoxLayout()
        lay.addLayout(body, 1)

        # left: the fields
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields.setHorizontalSpacing(14)
        self.fields.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        for key, label in [
            ("station", translate("SessionDetailDialog", "Station:")),
            ("site", translate("SessionDetailDialog", "Site:")),
            ("connector", translate("SessionDetailDialog", "Connector:")),
            ("user", translate("SessionDetailDialog", "User:")),
            ("tag", translate("SessionDetailDialog", "RFID tag:")),
            ("start", translate("SessionDetailDialog", "Start:")),
            ("stop", translate("SessionDetailDialog", "Stop:")),
            ("duration", translate("SessionDetailDialog", "Duration:")),
            ("meter", translate("SessionDetailDialog", "Meter start → stop:")),
            ("energy", translate("SessionDetailDialog", "Energy:")),
            ("max_power", translate("SessionDetailDialog", "Max power:")),
            ("stop_reason", translate("SessionDetailDialog", "Stop reason:")),
            ("status", translate("SessionDetailDialog", "Status:")),
            ("auth", translate("SessionDetailDialog", "Authorization:")),
            ("reason", translate("SessionDetailDialog", "Reason:")),
            ("mode", translate("SessionDetailDialog", "Mode at start:")),
            ("tariff", translate("SessionDetailDialog", "Tariff:")),
            ("uid", translate("SessionDetailDialog", "Transaction:")),
            ("reservation", translate("SessionDetailDialog", "Reservation:")),
        ]:
            value = plain_label("")  # a charger's idTag, stop reason, transaction id: shown literally
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # 200 px: room beside a longer language's labels ("Zählerstand Beginn → Ende:") in the 420 px column
            value.setMinimumWidth(200)
            self.values[key] = value
            self.fields.addRow(label, value)
        fields_host = QWidget()
        fields_host.setLayout(self.fields)
        scroll = QScrollArea()
        scroll.setWidget(fields_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(420)
        body.addWidget(scroll)

        # right: price breakdown and chart
        right = QVBoxLayout()
        body.addLayout(right, 1)
        title = QLabel(translate("SessionDetailDialog", "<b>Price by band</b>"))
        right.addWidget(title)
        self.bands = QTableWidget(0, len(BAND_COLUMNS))
        self.bands.setObjectName("PriceBands")
        self.bands.setHorizontalHeaderLabels([translate("SessionDetailDialog", c) for c in BAND_COLUMNS])
        self.bands.verticalHeader().setVisible(False)
        self.bands.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bands.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bands.setAlternatingRowColors(True)
        header = self.bands.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.bands.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bands.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_bands(1)
        right.addWidget(self.bands)

        summary = QGridLayout()
        summary.setHorizontalSpacing(18)
        self.price_labels: dict[str, QLabel] = {}
        for col, (key, label) in enumerate(
            [
                ("start_fee", translate("SessionDetailDialog", "Start fee")),
                ("net", translate("SessionDetailDialog", "Net")),
                ("vat", translate("SessionDetailDialog", "VAT")),
                ("total", translate("SessionDetailDialog", "Total")),
            ]
        ):
            caption = QLabel(label)
            caption.setStyleSheet(MUTED_CSS)
            value = QLabel("–")
            value.setObjectName(f"price_{key}")
            value.setStyleSheet("font-size:12pt;" + (" font-weight:700;" if key == "total" else ""))
            summary.addWidget(caption, 0, col)
            summary.addWidget(value, 1, col)
            self.price_labels[key] = value
        summary.setColumnStretch(4, 1)
        right.addLayout(summary)
        self.price_note = QLabel("")
        self.price_note.setWordWrap(True)
        self.price_note.setStyleSheet(MUTED_CSS)
        right.addWidget(self.price_note)

        # the limits load management sent (hidden for a session on no managed circuit)
        self.limits_title = QLabel(translate("SessionDetailDialog", "<b>Limits sent (load management)</b>"))
        right.addWidget(self.limits_title)
        self.limits = QListWidget()
        self.limits.setObjectName("LimitHistory")
        self.limits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.limits.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        right.addWidget(self.limits)
        self._show_limits([], dt.UTC)

        right.addSpacing(6)
        right.addWidget(QLabel(translate("SessionDetailDialog", "<b>Meter values</b>")))
        self.chart = QChart()
        self.chart.setLocalizeNumbers(True)  # the axes' decimals as the language writes them (40,0 in French)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("MeterChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.no_samples = QLabel(
            translate("SessionDetailDialog", "No meter values were recorded for this session.")
        )
        self.no_samples.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_samples.setStyleSheet(MUTED_CSS)
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.no_samples)
        right.addWidget(self.chart_stack, 1)
        self.energy_series = QLineSeries()
        self.energy_series.setName(translate("SessionDetailDialog", "Energy delivered (kWh)"))
        self.energy_series.setPen(QPen(QColor(CHART_ENERGY), 2))
        self.power_series = QLineSeries()
        self.power_series.setName(translate("SessionDetailDialog", "Power (kW)"))
        self.power_series.setPen(QPen(QColor(CHART_POWER), 2))
        self.chart.addSeries(self.energy_series)
        self.chart.addSeries(self.power_series)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.energy_axis = QValueAxis()
        self.energy_axis.setTitleText(translate("SessionDetailDialog", "kWh"))
        self.energy_axis.setLabelFormat("%.1f")
        self.energy_axis.setLabelsColor(QColor(CHART_ENERGY))
        self.power_axis = QValueAxis()
        self.power_axis.setTitleText(translate("SessionDetailDialog", "kW"))
        self.power_axis.setLabelFormat("%.1f")
        self.power_axis.setLabelsColor(QColor(CHART_POWER))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.energy_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.power_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((self.energy_series, self.energy_axis), (self.power_series, self.power_axis)):
            series.attachAxis(self.x_axis)
            series.attachAxis(axis)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(
            translate("SessionDetailDialog", "Close (Esc)")
        )
        self.refresh_button = buttons.addButton(
            translate("SessionDetailDialog", "Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.setToolTip(
            translate(
                "SessionDetailDialog",
                "Read the session again (F5); a running session also refreshes by itself when its charger reports",
            )
        )
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)
        # a session the charger abandoned (no StopTransaction) keeps its card busy: the operator may end it; the
        # first click asks to confirm, the second ends it
        self.end_button = buttons.addButton(
            translate("SessionDetailDialog", "End session…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.end_button.setObjectName("EndSession")
        self.end_button.setVisible(False)
        self.end_button.clicked.connect(self._end_clicked)
        self._end_armed = False
        # a running 2.0.1 session: ask the station whether it still runs there (GetTransactionStatus) before ending
        self.ask_button = buttons.addButton(
            translate("SessionDetailDialog", "Ask the station"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.ask_button.setObjectName("AskStation")
        self.ask_button.setToolTip(
            translate(
                "SessionDetailDialog",
                "GetTransactionStatus: whether the station still runs this session and still has messages about it",
            )
        )
        self.ask_button.setVisible(False)
        self.ask_button.clicked.connect(self._ask_clicked)
        self.station_says = plain_label("")  # the station's answer in plain words
        self.station_says.setWordWrap(True)
        self.station_says.hide()
        lay.addWidget(self.station_says)
        lay.addWidget(buttons)

    # --- data ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session_id is not None:
            self.reload_requested.emit(self.session_id)

    def _end_clicked(self) -> None:
        if self.detail is None or not self.detail.row.active:
            return
        if not self._end_armed:
            self._end_armed = True
            self.end_button.setText(translate("SessionDetailDialog", "Click again to end it (not priced)"))
            return
        self._end_armed = False
        self.end_button.setEnabled(False)
        self.end_requested.emit(self.detail.row.id)

    def _ask_clicked(self) -> None:
        d = self.detail
        if d is None or not d.row.active or not d.transaction_uid:
            return
        self.ask_button.setEnabled(False)
        self.show_station_says(translate("SessionDetailDialog", "Asking the station…"))
        self.status_requested.emit(d.row.charge_point_id, d.transaction_uid, d.row.id)

    def show_station_says(self, text: str, problem: bool = False) -> None:
        """The station's answer to GetTransactionStatus (or why there is none)."""
        self.station_says.setStyleSheet(text_css(FAILED) if problem else "")
        self.station_says.setText(text)
        self.station_says.setVisible(bool(text))
        self.ask_button.setEnabled(True)

    def _show_end_button(self, active: bool) -> None:
        self._end_armed = False
        self.end_button.setText(translate("SessionDetailDialog", "End session…"))
        self.end_button.setToolTip(
            translate(
                "SessionDetailDialog",
                "End this session now, as the charger never sent its stop (its card stays busy until then): it "
                "ends at its last meter reading, flagged and not priced, and the action is recorded in the audit log",
            )
        )
        self.end_button.setEnabled(True)
        self.end_button.setVisible(active)

    def set_loading(self, session_id: int) -> None:
        self.session_id = session_id
        self.setWindowTitle(translate("SessionDetailDialog", "Session {id}").format(id=session_id))
        if self.detail is None or self.detail.row.id != session_id:
            self.heading.setText(translate("SessionDetailDialog", "Session {id}").format(id=session_id))
            self.subheading.setText(translate("SessionDetailDialog", "Loading…"))

    def set_missing(self, session_id: int) -> None:
        self.session_id = session_id
        self.detail = None
        self.heading.setText(translate("SessionDetailDialog", "Session {id}").format(id=session_id))
        self.subheading.setText(
            translate("SessionDetailDialog", "This session no longer exists (it was deleted).")
        )

    def set_error(self, message: str) -> None:
        self.subheading.setText(
            translate("SessionDetailDialog", "Could not load the session: {problem}").format(problem=message)
        )
        self.end_button.setEnabled(True)

    def set_detail(self, d: SessionDetail) -> None:
        if self.detail is None or self.detail.row.id != d.row.id:  # another session: not its station's answer
            self.show_station_says("")
        self.detail = d
        r = d.row
        self.session_id = r.id
        self._show_end_button(r.active)
        self.ask_button.setVisible(r.active and bool(d.transaction_uid))
        zone = r.zone
        self.setWindowTitle(translate("SessionDetailDialog", "Session {id}").format(id=r.id))
        station = r.station or r.charge_point_id
        who = r.user or translate("SessionDetailDialog", "tag {tag}").format(tag=r.id_tag)
        self.heading.setText(f"{station} #{r.connector_id} — {who}")
        start = r.start_local
        when = f"{fmt.day_name(start.weekday(), wide=True)} {fmt.date(start.date(), '%d %B %Y')}, {fmt.time(start)}"
        state = translate("SessionDetailDialog", "charging now") if r.active else duration_text(d.duration)
        self.subheading.setText(
            translate("SessionDetailDialog", "Session {id} · {when} ({timezone}) · {state}").format(
                id=r.id, when=when, timezone=r.timezone, state=state
            )
        )

        def put(key: str, text: str, tooltip: str = "") -> None:
            self.values[key].setText(text)
            self.values[key].setToolTip(tip(tooltip))

        put(
            "station",
            (r.station or translate("SessionDetailDialog", "(no station)")) + f"  ·  {r.charge_point_id}",
        )
        put("site", r.site or "–")
        put("connector", str(r.connector_id))
        put("user", r.user or translate("SessionDetailDialog", "(nobody: unknown tag)"))
        put("tag", r.id_tag or "–")
        put("start", _local(r.start_at, zone), f"UTC {r.start_at:%Y-%m-%d %H:%M:%S}")
        put(
            "stop",
            _local(r.stop_at, zone) if r.stop_at else translate("SessionDetailDialog", "still charging"),
            f"UTC {r.stop_at:%Y-%m-%d %H:%M:%S}" if r.stop_at else "",
        )
        put(
            "duration",
            duration_text(d.duration)
            if d.duration is not None
            else translate("SessionDetailDialog", "running"),
        )
        stop_wh = f"{fmt.number(d.meter_stop_wh)} Wh" if d.meter_stop_wh is not None else "…"
        put("meter", f"{fmt.number(d.meter_start_wh)} Wh → {stop_wh}")
        put("energy", kwh(None if r.energy_wh is None else r.energy_wh / 1000))
        put("max_power", "–" if r.max_power_w is None else f"{fmt.number(r.max_power_w / 1000, 1)} kW")
        put("stop_reason", r.stop_reason or "–")
        status = (
            translate("SessionDetailDialog", "Active (charging)")
            if r.active
            else translate("SessionDetailDialog", "Completed")
        )
        if r.flag_list:
            status += "\n" + translate("SessionDetailDialog", "Flagged: {flags}").format(
                flags="; ".join(flag_text(f) for f in r.flag_list)
            )
        if r.flag_reason:
            status += "\n" + translate("SessionDetailDialog", "Why: {reason}").format(reason=r.flag_reason)
        self.values["status"].setTextFormat(Qt.TextFormat.PlainText)  # (reasons quote what chargers sent)
        put("status", status)
        self.values["status"].setStyleSheet(text_css(WARN) if r.flag_list else "")
        put("auth", r.auth_status or "–")
        self.values["auth"].setStyleSheet(
            "" if r.auth_status in ("", "Accepted") else f"{text_css(FAILED)} font-weight:600;"
        )
        put(
            "reason",
            shown_reason(d.decision_reason) or translate("SessionDetailDialog", "(no reason was stored)"),
        )
        put("mode", translate("AccessMode", d.mode_at_start.capitalize()) if d.mode_at_start else "–")
        put("tariff", d.tariff_name or r.tariff or translate("SessionDetailDialog", "(none)"))
        put(
            "uid",
            d.transaction_uid
            or translate("SessionDetailDialog", "{id} (OCPP 1.6 transactionId)").format(id=r.id),
        )
        put("reservation", "–" if d.reservation_id is None else str(d.reservation_id))

        self._show_breakdown(d.breakdown, r.currency, d)
        self._show_limits(d.limits, zone)
        self._show_chart(d.energy, d.power, zone, d.samples_truncated)

    def _show_breakdown(self, b: Breakdown | None, currency: str, d: SessionDetail) -> None:
        zone = d.row.zone
        bands = b.bands if b else []
        self.bands.setRowCount(len(bands))
        multi_day = (
            len(
                {x.start.astimezone(zone).date() for x in bands if x.start}
                | {x.end.astimezone(zone).date() for x in bands if x.end}
            )
            > 1
        )
        pattern = "%d.%m. %H:%M" if multi_day else "%H:%M"
        for i, band in enumerate(bands):
            cells = [
                band.start.astimezone(zone).strftime(pattern) if band.start else "",
                band.end.astimezone(zone).strftime(pattern) if band.end else "",
                band.tariff or translate("SessionDetailDialog", "(no tariff)"),
                "–" if band.kwh is None else fmt.number(band.kwh, 3),
                money(band.energy_cost),
                money(band.time_cost),
            ]
            mode = (
                translate("SessionDetailDialog", "mode {mode}").format(
                    mode=translate("AccessMode", band.mode.capitalize()).lower()
                )
                if band.mode
                else ""
            )
            band_tip = "; ".join(x for x in (mode, band.why) if x)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if band_tip:
                    item.setToolTip(tip(band_tip))
                self.bands.setItem(i, col, item)
        self._fit_bands(len(bands))
        cur = (b.currency if b else "") or currency
        vat_label = (
            translate("SessionDetailDialog", "VAT")
            if b is None or b.vat_percent is None
            else translate("SessionDetailDialog", "VAT {percent} %").format(
                percent=f"{b.vat_percent.normalize():f}"
            )
        )
        self.price_labels["start_fee"].setText(money(b.start_fee if b else None, cur))
        self.price_labels["net"].setText(money(b.net if b and b.net is not None else d.price_net, cur))
        self.price_labels["vat"].setText(money(b.vat if b and b.vat is not None else d.price_vat, cur))
        self.price_labels["vat"].setToolTip(vat_label)
        self.price_labels["total"].setText(
            money(b.total if b and b.total is not None else d.row.price_total, cur)
        )
        if b is None:
            note = (
                translate(
                    "SessionDetailDialog", "Not priced yet: the price is computed when the session stops."
                )
                if d.row.active
                else translate("SessionDetailDialog", "No price breakdown was stored for this session.")
            )
        else:
            note = b.note.capitalize() if b.note else ""
            if not bands:
                note = note or translate("SessionDetailDialog", "No bands: no tariff applied.")
        self.price_note.setText(note)
        self.price_note.setVisible(bool(note))

    def _show_limits(self, steps: list[LimitStep], zone: dt.tzinfo) -> None:
        """Each limit sent, oldest first ("14:02 16 A equal share of Garage (32 A) / 2 sessions — Accepted"); a
        pause or a refusal in the warning colour. As tall as five lines; the newest is scrolled to."""
        self.limits.clear()
        days = len({step.at.astimezone(zone).date() for step in steps}) > 1
        for step in steps:
            phases = step.phases
            item = QListWidgetItem(
                limit_line(step, zone, with_date=days)
            )  # the reason is our text, the status the charger's
            item.setToolTip(
                tip(
                    translate(
                        "SessionDetailDialog",
                        "{purpose} · %n phase(s) · answer: {status}",
                        None,
                        PLURAL,
                        int(phases),
                    ).format(
                        purpose=step.purpose or translate("SessionDetailDialog", "profile"),
                        status=step.status or "–",
                    )
                )
            )
            if step.paused or step.status not in ("", "Accepted"):
                item.setForeground(QColor(WARN))
            self.limits.addItem(item)
        self.limits_title.setVisible(bool(steps))
        self.limits.setVisible(bool(steps))
        rows = min(max(len(steps), 1), 5)
        self.limits.setFixedHeight(
            self.limits.sizeHintForRow(0) * rows + 2 * self.limits.frameWidth() + 4 if steps else 0
        )
        if steps:
            self.limits.scrollToBottom()

    def limit_lines(self) -> list[str]:
        """The limit history as shown, oldest first."""
        return [self.limits.item(i).text() for i in range(self.limits.count())]

    def _fit_bands(self, rows: int) -> None:
        """As tall as its bands (up to five; more scroll), so no empty table fills the dialog."""
        row_height = self.bands.verticalHeader().defaultSectionSize()
        header = self.bands.horizontalHeader().sizeHint().height()
        self.bands.setFixedHeight(
            header + row_height * min(max(rows, 1), 5) + 2 * self.bands.frameWidth() + 2
        )

    def _show_chart(
        self, energy: list[Sample], power: list[Sample], zone: dt.tzinfo, truncated: bool
    ) -> None:
        if not energy and not power:
            self.chart_stack.setCurrentWidget(self.no_samples)
            return
        self.chart_stack.setCurrentWidget(self.chart_view)
        self.energy_series.replace([_point(s) for s in energy])
        self.power_series.replace([_point(s) for s in power])
        every = energy + power
        first = min(s.at for s in every)
        last = max(s.at for s in every)
        time_axis(self.x_axis, first, last, zone)
        top_e = max((s.value for s in energy), default=0.0)
        top_p = max((s.value for s in power), default=0.0)
        self.energy_axis.setRange(0.0, nice_top(top_e))
        self.power_axis.setRange(0.0, nice_top(top_p))
        self.energy_axis.setTickCount(6)
        self.power_axis.setTickCount(6)
        self.chart.setTitle(
            translate(
                "SessionDetailDialog", "Samples thinned for display; the first 50,000 meter values are shown"
            )
            if truncated
            else ""
        )


def _local(moment: dt.datetime | None, zone: dt.tzinfo) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S %Z")


def _point(s: Sample) -> QPointF:
    return point(s.at, s.value)
