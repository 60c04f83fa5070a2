"""A circuit's phases as bars against its limit (the dashboard's load panel): what is allocated filled in, what is
measured as a marker, the numbers beside each bar. Painted (a handful of rectangles), so a live allocation
repaints one small widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from app.services import locale_format as fmt
from app.services.i18n import translate
from app.services.reports.load import CircuitNow, CircuitRow, PhaseLoad
from app.views.widgets.style import ACCENT, CHART_POWER, ERROR, INK, LINE, MUTED, SURFACE_ALT

ROW_H = 20
HEAD_H = 22
LABEL_W = 24
TEXT_W = 118


def current_number(value: float) -> str:
    """A current in A without its unit: ``16``, ``30.8`` (``30,8`` in French)."""
    return fmt.number(value, 1 if value % 1 else 0, group=False)


def phase_text(load: PhaseLoad) -> str:
    """ "21 / 32 A · measured 19.8 A": a phase's allocated against its limit, and what was measured."""
    allocated = current_number(load.allocated_a)
    measured = current_number(load.measured_a) if load.measured_a is not None else None
    if load.limit_a is None:
        if measured is None:
            return translate("CircuitBars", "{allocated} / no limit").format(allocated=allocated)
        return translate("CircuitBars", "{allocated} / no limit · measured {measured} A").format(
            allocated=allocated, measured=measured
        )
    limit = current_number(load.limit_a)
    if measured is None:
        return translate("CircuitBars", "{allocated} / {limit} A").format(allocated=allocated, limit=limit)
    return translate("CircuitBars", "{allocated} / {limit} A · measured {measured} A").format(
        allocated=allocated, limit=limit, measured=measured
    )


class CircuitBars(QWidget):
    """One circuit: its name and limit, then a bar per phase it carries (L1 only for a single-phase circuit)."""

    def __init__(self, circuit: CircuitRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.circuit = circuit
        self.now: CircuitNow | None = None
        self.setMinimumWidth(240)
        self.texts: list[str] = []  # per phase, as shown beside its bar
        self.set_now(None)

    def phase_count(self) -> int:
        return 1 if self.circuit.phases == 1 else 3

    def set_now(self, now: CircuitNow | None) -> None:
        self.now = now
        phases = now.phases[: self.phase_count()] if now is not None else ()
        texts = [f"L{i + 1} {phase_text(p)}" for i, p in enumerate(phases)]
        if texts != self.texts:
            self.texts = texts
            self.setToolTip(
                "\n".join([self.title(), *texts])
                if texts
                else translate("CircuitBars", "{circuit}: nothing allocated yet").format(circuit=self.title())
            )
            self.update()

    def title(self) -> str:
        c = self.circuit
        kw = fmt.short_number(c.max_power_kw) if c.max_power_kw else ""
        if c.max_current_a and kw:
            return translate("CircuitBars", "{name} ({amps} A per phase, {kw} kW)").format(
                name=c.name, amps=current_number(c.max_current_a), kw=kw
            )
        if c.max_current_a:
            return translate("CircuitBars", "{name} ({amps} A per phase)").format(
                name=c.name, amps=current_number(c.max_current_a)
            )
        if kw:
            return translate("CircuitBars", "{name} ({kw} kW)").format(name=c.name, kw=kw)
        return c.name

    def sizeHint(self) -> QSize:
        return QSize(300, HEAD_H + ROW_H * self.phase_count() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor(INK))
        p.drawText(
            QRectF(0, 0, w, HEAD_H), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title()
        )
        p.setFont(self.font())
        phases = self.now.phases[: self.phase_count()] if self.now is not None else ()
        track_w = max(40.0, w - LABEL_W - TEXT_W - 8)
        for i in range(self.phase_count()):
            y = HEAD_H + i * ROW_H
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(0, y, LABEL_W, ROW_H), Qt.AlignmentFlag.AlignVCenter, f"L{i + 1}")
            track = QRectF(LABEL_W, y + 4, track_w, ROW_H - 8)
            p.setPen(QPen(QColor(LINE), 1))
            p.setBrush(QColor(SURFACE_ALT))
            p.drawRect(track)
            if i >= len(phases):
                continue
            load = phases[i]
            top = load.limit_a if load.limit_a else max(load.allocated_a, load.measured_a or 0.0, 1.0) * 1.25

            def x(amps_: float, top: float = top, track: QRectF = track) -> float:
                return track.left() + track.width() * min(max(amps_ / top, 0.0), 1.0)

            over = load.limit_a is not None and load.allocated_a > load.limit_a
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(ERROR if over else ACCENT))
            p.drawRect(QRectF(track.left(), track.top(), x(load.allocated_a) - track.left(), track.height()))
            if load.measured_a is not None:
                mx = x(load.measured_a)
                p.setPen(QPen(QColor(CHART_POWER), 3))
                p.drawLine(int(mx), int(track.top() - 3), int(mx), int(track.bottom() + 3))
            p.setPen(QColor(ERROR if over else INK))
            p.drawText(
                QRectF(track.right() + 6, y, TEXT_W + 2, ROW_H),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._short(load),
            )
        p.end()

    @staticmethod
    def _short(load: PhaseLoad) -> str:
        limit = current_number(load.limit_a) if load.limit_a is not None else "–"
        measured = f" ({current_number(load.measured_a)})" if load.measured_a is not None else ""
        return f"{current_number(load.allocated_a)}{measured} / {limit} A"
