"""Mouse editing of the week calendar without a widget (app.views.widgets.week_drag): positions in, proposals
out, on a fixed geometry."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from app.services.admin.access_plans import AccessMode, WindowRow
from app.services.admin.week_edits import WeekEdits
from app.views.widgets.week_drag import Drag
from app.views.widgets.week_painting import WeekGeometry

G = WeekGeometry(52 + 7 * 100 + 1, 26 + 1440 + 1)  # 100 px a day, one pixel a minute
MON, TUE, SUN = 0b1, 0b10, 0b1000000


def at(day: int, minute: int) -> QPointF:
    return QPointF(G.point_at(day, minute))


def model(*rows: WindowRow) -> WeekEdits:
    m = WeekEdits()
    m.reset(rows)
    return m


def test_a_short_wiggle_is_no_drag() -> None:
    d = Drag("move", at(0, 600), 0, 0)
    assert not d.follow(at(0, 602), G, model(WindowRow(MON, 540, 660, AccessMode.PUBLIC)), 10)
    assert not d.active and d.result is None


def test_moving_a_block_a_day_later_and_an_hour_down() -> None:
    m = model(WindowRow(MON, 540, 660, AccessMode.PUBLIC))
    d = Drag("move", at(0, 600), 0, 0)
    assert d.follow(at(1, 660), G, m, 4)
    assert d.row == WindowRow(TUE, 600, 720, AccessMode.PUBLIC) and d.new_day == 1 and d.problem is None
    assert d.result is not None and m.commit(d.result, (d.row, d.new_day)) is None
    assert m.windows == [WindowRow(TUE, 600, 720, AccessMode.PUBLIC)]


def test_drawing_into_the_next_morning_makes_a_window_across_midnight() -> None:
    d = Drag("draw", at(6, 1320), anchor=(6, 1320))
    assert d.follow(at(0, 360), G, model(), 4)  # from Sunday 22:00 down into Monday 06:00
    assert d.row == WindowRow(SUN, 1320, 360) and d.new_day == 6


def test_resizing_into_another_window_is_flagged() -> None:
    m = model(WindowRow(MON, 540, 660, AccessMode.PUBLIC), WindowRow(MON, 720, 780, AccessMode.LIMITED))
    d = Drag("bottom", at(0, 660), 0, 0)
    assert d.follow(at(0, 750), G, m, 4)
    assert d.row is not None and d.row.end == 750 and d.problem is not None and "overlaps" in d.problem
