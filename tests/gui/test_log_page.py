"""The live message log pairs a call with its answer, filters, and holds frames while paused."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ocpp.events import FrameLogged
from app.views.log_page import LogPage


class FakeBridge(QObject):
    frame = Signal(object)


def frame(cp: str, mtype: int, mid: str, action: str, direction: str, text: str, **kw: Any) -> FrameLogged:
    return FrameLogged(cp, ts=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC), direction=direction,
                       message_type=mtype, message_id=mid, action=action, frame=text, **kw)


def test_call_and_answer_in_one_row_filter_and_pause(qtbot: Any) -> None:
    bridge = FakeBridge()
    page = LogPage(None, bridge, None)
    qtbot.addWidget(page)
    bridge.frame.emit(frame("CP-1", 2, "1", "Heartbeat", "in", '[2,"1","Heartbeat",{}]'))
    bridge.frame.emit(frame("CP-2", 2, "1", "Authorize", "in", '[2,"1","Authorize",{"idTag":"X"}]'))
    bridge.frame.emit(frame("CP-1", 3, "1", "Heartbeat", "out", '[3,"1",{"currentTime":"x"}]', latency_ms=1.5))
    bridge.frame.emit(frame("CP-2", 4, "1", "Authorize", "out", '[4,"1","InternalError","",{}]',
                            error_code="InternalError"))
    m = page.model
    assert m.rowCount() == 2
    assert [m.data(m.index(0, c)) for c in (1, 3, 4, 5)] == ["CP-1", "Heartbeat", "OK", "1.5 ms"]
    assert m.data(m.index(1, 4)) == "InternalError"
    page.errors.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.errors.setChecked(False)
    page.charger.setText("cp-1")
    assert page.proxy.rowCount() == 1
    page.charger.setText("")
    page.table.selectRow(1)
    assert '"idTag": "X"' in page.request.toPlainText()
    assert "InternalError" in page.response.toPlainText()
    page.pause.setChecked(True)
    bridge.frame.emit(frame("CP-1", 2, "2", "StatusNotification", "in", '[2,"2","StatusNotification",{}]'))
    assert m.rowCount() == 2 and "1 new frames held" in page.count.text()
    page.pause.setChecked(False)
    assert m.rowCount() == 3
    assert page.action.findData("StatusNotification") >= 0
