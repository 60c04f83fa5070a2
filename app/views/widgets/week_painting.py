"""How the week calendar looks: its geometry (where a day column and a minute are, which block is under the
mouse) and its painting (grid, blocks, the ghost of an edit under way, the now line). The widget
(:mod:`app.views.widgets.week_calendar`) hands over a :class:`WeekScene` of what to show; nothing here edits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.services import locale_format as fmt
from app.services.admin.access_plans import WindowRow
from app.services.rules.week import DAY, Piece, day_pieces
from app.views.widgets.style import (
    ACCENT,
    ERROR,
    INK,
    LINE,
    LINE_STRONG,
    MUTED,
    SURFACE,
)
from app.views.widgets.week_kinds import BlockKind

SNAP = 15  # minutes every edit snaps to
GUTTER = 52  # hour labels
HEADER = 26  # day names
EDGE = 5  # pixels at a block's top/bottom that resize it

Zone = Literal["top", "bottom", "move"]  # where on a block the pointer is


@dataclass(frozen=True)
class WeekGeometry:
    """The calendar's coordinates for a widget of ``width`` × ``height`` pixels."""

    width: float
    height: float

    def grid(self) -> QRectF:
        return QRectF(GUTTER, HEADER, max(1.0, self.width - GUTTER - 1), max(1.0, self.height - HEADER - 1))

    def col_w(self) -> float:
        return self.grid().width() / 7

    def ppm(self) -> float:
        """Pixels per minute."""
        return self.grid().height() / DAY

    def x_of(self, column: int) -> float:
        return GUTTER + column * self.col_w()

    def y_of(self, minute: int) -> float:
        return HEADER + minute * self.ppm()

    def point_at(self, day: int, minute: int, dx: float = 0.5) -> QPoint:
        return QPoint(round(self.x_of(day) + self.col_w() * dx), round(self.y_of(minute)))

    def piece_rect(self, piece: Piece[WindowRow]) -> QRectF:
        top, bottom = self.y_of(piece.start), self.y_of(piece.end)
        return QRectF(self.x_of(piece.column) + 2, top, self.col_w() - 4, max(bottom - top, 3.0))

    def in_grid(self, pos: QPointF) -> bool:
        return pos.x() >= GUTTER and pos.y() >= HEADER

    def day_at(self, x: float) -> int:
        return min(6, max(0, int((x - GUTTER) // self.col_w())))

    def minute_at(self, y: float, snap: int = SNAP) -> int:
        raw = (y - HEADER) / self.ppm()
        return min(DAY, max(0, round(raw / snap) * snap))

    def hit(self, pieces: Sequence[Piece[WindowRow]], pos: QPointF) -> tuple[Piece[WindowRow], Zone] | None:
        """The block under ``pos`` (the top-most) and where: ``"top"`` / ``"bottom"`` edge or ``"move"``."""
        for p in reversed(pieces):
            rect = self.piece_rect(p)
            if not rect.adjusted(0, -2, 0, 2).contains(pos):
                continue
            edge = min(EDGE, rect.height() / 4)
            if not p.is_morning and pos.y() <= rect.top() + edge:
                return p, "top"
            if not p.is_evening and pos.y() >= rect.bottom() - edge:
                return p, "bottom"
            return p, "move"
        return None


@dataclass
class WeekScene:
    """Everything one paint shows."""

    geometry: WeekGeometry
    font: QFont
    pieces: list[Piece[WindowRow]]
    kind: BlockKind  # the blocks' titles and colours, the background
    selected: tuple[int, int] | None = None
    focused: bool = False
    faded: tuple[int, int] | None = None  # the block being moved, drawn faintly under its ghost
    ghosts: list[tuple[WindowRow, bool]] = field(default_factory=list)  # (row, refused)
    now: tuple[int, int] | None = None  # (weekday, minute)


def paint_week(p: QPainter, scene: WeekScene) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    g = scene.geometry
    grid = g.grid()
    p.fillRect(QRectF(0, 0, g.width, g.height), QColor(SURFACE))
    p.fillRect(grid, scene.kind.background())
    small = QFont(scene.font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    p.setFont(small)
    fm = QFontMetricsF(small)
    _paint_grid(p, scene, fm)
    p.setFont(small)
    _paint_background_label(p, scene, fm)
    for piece in scene.pieces:
        faded = scene.faded is not None and (piece.index, piece.day) == scene.faded
        _paint_piece(p, scene, piece, fm, faded=faded)
    for row, bad in scene.ghosts:
        _paint_ghost(p, scene, row, fm, bad=bad)
    if scene.now is not None:
        day, minute = scene.now
        y = g.y_of(minute)
        p.setPen(QPen(QColor(ERROR), 2))
        p.drawLine(QPointF(g.x_of(day), y), QPointF(g.x_of(day + 1), y))
        p.setBrush(QColor(ERROR))
        p.drawEllipse(QPointF(g.x_of(day), y), 3.5, 3.5)


def _paint_grid(p: QPainter, scene: WeekScene, fm: QFontMetricsF) -> None:
    g = scene.geometry
    grid = g.grid()
    hour_px = grid.height() / 24
    step = 1 if hour_px >= fm.height() * 1.6 else 2 if hour_px * 2 >= fm.height() * 1.4 else 3
    for h in range(25):
        y = g.y_of(h * 60)
        strong = h % 6 == 0
        p.setPen(QPen(QColor(LINE_STRONG if strong else LINE), 1))
        p.drawLine(QPointF(GUTTER - (6 if strong else 3), y), QPointF(grid.right(), y))
        if h % step == 0 and h < 24:
            p.setPen(QColor(MUTED))
            box = QRectF(0, y - fm.height() / 2, GUTTER - 8, fm.height())
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{h:02d}:00")
    header_font = QFont(scene.font)
    header_font.setBold(True)
    for d in range(8):
        x = g.x_of(d)
        p.setPen(QPen(QColor(LINE_STRONG), 1))
        p.drawLine(QPointF(x, HEADER - 4), QPointF(x, grid.bottom()))
        if d < 7:
            today = scene.now is not None and scene.now[0] == d
            p.setFont(header_font if today else scene.font)
            p.setPen(QColor(ACCENT if today else INK))
            p.drawText(
                QRectF(x, 0, g.col_w(), HEADER - 2),
                Qt.AlignmentFlag.AlignCenter,
                fmt.day_name(d, wide=True) if g.col_w() > 90 else fmt.day_name(d),
            )


def free_spans(pieces: Sequence[Piece[WindowRow]], column: int) -> list[tuple[int, int]]:
    """The minutes of a day column no block covers, as [start, end) spans in order."""
    out, at = [], 0
    for start, end in sorted((p.start, p.end) for p in pieces if p.column == column):
        if start > at:
            out.append((at, start))
        at = max(at, end)
    if at < DAY:
        out.append((at, DAY))
    return out


def _paint_background_label(p: QPainter, scene: WeekScene, fm: QFontMetricsF) -> None:
    """What applies outside every block (lines split at newlines), in the middle of each day's longest free time
    where it fits."""
    text = scene.kind.background_label()
    if not text:
        return
    g = scene.geometry
    lines = text.split("\n")
    height = fm.height() * len(lines)
    p.setPen(QColor(MUTED))
    for column in range(7):
        spans = free_spans(scene.pieces, column)
        if not spans:
            continue
        start, end = max(spans, key=lambda s: s[1] - s[0])
        top, bottom = g.y_of(start), g.y_of(end)
        if bottom - top < height + fm.height():
            continue
        y = (top + bottom - height) / 2
        for line in lines:
            box = QRectF(g.x_of(column) + 4, y, g.col_w() - 8, fm.height())
            p.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                fm.elidedText(line, Qt.TextElideMode.ElideRight, box.width()),
            )
            y += fm.height()


def _paint_piece(
    p: QPainter, scene: WeekScene, piece: Piece[WindowRow], fm: QFontMetricsF, *, faded: bool
) -> None:
    rect = scene.geometry.piece_rect(piece)
    colour = scene.kind.colour(piece.row)
    if faded:
        colour.setAlpha(90)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(rect, 4, 4)
    if piece.is_evening:  # square off the side that continues in the next column
        p.drawRect(QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4))
    if piece.is_morning:
        p.drawRect(QRectF(rect.left(), rect.top(), rect.width(), 4))
    selected = scene.selected
    if selected is not None and selected[0] == piece.index:
        this = selected[1] == piece.day
        pen = QPen(QColor(INK), 2.5 if this else 1.2)
        if not this:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        if this and scene.focused:
            cx = rect.center().x()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(INK))
            if not piece.is_morning:
                p.drawRect(QRectF(cx - 8, rect.top() + 1, 16, 3))
            if not piece.is_evening:
                p.drawRect(QRectF(cx - 8, rect.bottom() - 4, 16, 3))
    _paint_label(p, scene, rect, piece.row, fm, continued=piece.is_morning)


def _paint_label(
    p: QPainter, scene: WeekScene, rect: QRectF, row: WindowRow, fm: QFontMetricsF, *, continued: bool
) -> None:
    text_rect = rect.adjusted(5, 2, -4, -2)
    if text_rect.height() < fm.height() * 0.9 or text_rect.width() < 20:
        return
    p.setPen(scene.kind.text_colour(row))
    title = ("↳ " if continued else "") + scene.kind.title(row)
    lines = [title, row.times] if text_rect.height() >= fm.height() * 2 else [f"{title} {row.times}"]
    y = text_rect.top()
    for line in lines:
        elided = fm.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width())
        p.drawText(
            QRectF(text_rect.left(), y, text_rect.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            elided,
        )
        y += fm.height()


def _paint_ghost(p: QPainter, scene: WeekScene, row: WindowRow, fm: QFontMetricsF, *, bad: bool) -> None:
    for piece in day_pieces([row]):
        rect = scene.geometry.piece_rect(piece)
        colour = QColor(ERROR) if bad else scene.kind.colour(row)
        fill = QColor(colour)
        fill.setAlpha(150)
        p.setBrush(fill)
        pen = QPen(colour.darker(130), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRoundedRect(rect, 4, 4)
        _paint_label(p, scene, rect, row, fm, continued=piece.is_morning)


__all__ = [
    "EDGE",
    "GUTTER",
    "HEADER",
    "SNAP",
    "WeekGeometry",
    "WeekScene",
    "Zone",
    "free_spans",
    "paint_week",
]
