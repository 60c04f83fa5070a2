"""The live message log pairs a call with its answer, filters, and holds frames while paused."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.services.central.events import FrameLogged
from app.views.log_page import MAX_PENDING_FRAMES, MAX_ROWS, LogPage
from app.views.shell.bridge import CentralBridge
from tests.helpers.gui import offline_bridge as FakeBridge  # the real bridge, frames pushed by hand (send)


def send(bridge: CentralBridge, *frames: FrameLogged) -> None:
    """Frames logged now and delivered as the bridge's next batch (what its 100 ms timer does)."""
    for f in frames:
        bridge.push_frame(f)
    bridge.flush_frames()


def frame(cp: str, mtype: int, mid: str, action: str, direction: str, text: str, **kw: Any) -> FrameLogged:
    return FrameLogged(
        cp,
        ts=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
        direction=direction,
        message_type=mtype,
        message_id=mid,
        action=action,
        frame=text,
        **kw,
    )


def test_call_and_answer_in_one_row_filter_and_pause(qtbot: Any) -> None:
    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    send(bridge, frame("CP-1", 2, "1", "Heartbeat", "in", '[2,"1","Heartbeat",{}]'))
    send(bridge, frame("CP-2", 2, "1", "Authorize", "in", '[2,"1","Authorize",{"idTag":"X"}]'))
    send(bridge, frame("CP-1", 3, "1", "Heartbeat", "out", '[3,"1",{"currentTime":"x"}]', latency_ms=1.5))
    send(
        bridge,
        frame(
            "CP-2", 4, "1", "Authorize", "out", '[4,"1","InternalError","",{}]', error_code="InternalError"
        ),
    )
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
    send(bridge, frame("CP-1", 2, "2", "StatusNotification", "in", '[2,"2","StatusNotification",{}]'))
    assert m.rowCount() == 2 and "1 new frame held" in page.count.text()
    page.pause.setChecked(False)
    assert m.rowCount() == 3
    assert page.action.findData("StatusNotification") >= 0


def test_time_filter_highlighting_and_export(qtbot: Any, tmp_path: Any) -> None:
    import csv
    import json

    from PySide6.QtGui import QColor

    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    now = dt.datetime.now(dt.UTC)
    old = FrameLogged(
        "CP-OLD",
        ts=now - dt.timedelta(hours=2),
        direction="in",
        message_type=2,
        message_id="9",
        action="Heartbeat",
        frame='[2,"9","Heartbeat",{}]',
    )
    send(bridge, old)
    for mid, cp in (("1", "CP-1"), ("2", "CP-2")):
        send(
            bridge,
            FrameLogged(
                cp,
                ts=now,
                direction="in",
                message_type=2,
                message_id=mid,
                action="Authorize",
                frame=f'[2,"{mid}","Authorize",{{"idTag":"T{mid}"}}]',
            ),
        )
    send(
        bridge,
        FrameLogged(
            "CP-2",
            ts=now,
            direction="out",
            message_type=3,
            message_id="2",
            action="Authorize",
            frame='[3,"2",{"idTagInfo":{"status":"Invalid"}}]',
            latency_ms=2.25,
        ),
    )
    assert page.proxy.rowCount() == 3
    page.period.setCurrentIndex(page.period.findText("last hour"))
    assert page.proxy.rowCount() == 2  # the Heartbeat of two hours ago is out of the period
    # the refused card reads as such, not just "OK"
    assert page.model.data(page.model.index(2, 4)) == "OK · Invalid"
    assert page.model.data(page.model.index(1, 4)) == "…"

    # syntax highlighting: the key "idTag" and the string "T2" are coloured differently
    page.table.selectRow(1)
    doc = page.request.document()
    text = page.request.toPlainText()
    assert '"idTag": "T2"' in text

    def colour_at(offset: int) -> QColor:
        block = doc.findBlock(offset)
        for r in block.layout().formats():
            if r.start <= offset - block.position() < r.start + r.length:
                return r.format.foreground().color()
        return QColor()

    key_colour, value_colour = colour_at(text.index('"idTag"') + 1), colour_at(text.index('"T2"') + 1)
    assert key_colour.isValid() and value_colour.isValid() and key_colour != value_colour

    page.charger.setText("CP-2")
    n = page.export_to(tmp_path / "log.jsonl")
    assert n == 1 and "1 call exported" in page.count.text()
    rec = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert rec[0]["charger"] == "CP-2" and rec[0]["action"] == "Authorize" and rec[0]["latency_ms"] == 2.25
    assert json.loads(rec[0]["answer"])[2]["idTagInfo"]["status"] == "Invalid"
    page.charger.setText("")
    assert page.export_to(tmp_path / "log.csv") == 2
    with (tmp_path / "log.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["charger"] for r in rows] == ["CP-1", "CP-2"] and rows[0]["result"] == "…"
    # a place that cannot be written: said, and nothing claimed
    assert page.export_to(tmp_path / "missing-dir" / "x.csv") == 0
    assert "export failed" in page.count.text()


def test_screenshot_of_the_inspector(qtbot: Any) -> None:
    """docs/screenshots/log.png: a realistic minute of traffic, the refused card selected."""
    from pathlib import Path

    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    t0 = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=50)
    traffic: list[tuple[int, str, int, str, str, str, str, float | None, str | None]] = [
        (
            0,
            "HALL-B-1",
            2,
            "a1",
            "BootNotification",
            "in",
            '[2,"a1","BootNotification",{"chargePointVendor":"ABB","chargePointModel":"Terra AC W22",'
            '"chargePointSerialNumber":"TACW22-0042","firmwareVersion":"1.8.3"}]',
            None,
            None,
        ),
        (
            0,
            "HALL-B-1",
            3,
            "a1",
            "BootNotification",
            "out",
            '[3,"a1",{"status":"Accepted","currentTime":"2026-11-26T09:00:00.000Z","interval":300}]',
            4.1,
            None,
        ),
        (
            2,
            "HALL-B-1",
            2,
            "a2",
            "StatusNotification",
            "in",
            '[2,"a2","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Preparing"}]',
            None,
            None,
        ),
        (2, "HALL-B-1", 3, "a2", "StatusNotification", "out", '[3,"a2",{}]', 2.3, None),
        (5, "GARAGE-2", 2, "g7", "Authorize", "in", '[2,"g7","Authorize",{"idTag":"9F3C0021"}]', None, None),
        (
            5,
            "GARAGE-2",
            3,
            "g7",
            "Authorize",
            "out",
            '[3,"g7",{"idTagInfo":{"status":"Invalid"}}]',
            3.0,
            None,
        ),
        (
            8,
            "HALL-B-1",
            2,
            "a3",
            "StartTransaction",
            "in",
            '[2,"a3","StartTransaction",{"connectorId":1,"idTag":"04A2B3C4","meterStart":120000,'
            '"timestamp":"2026-11-26T09:00:08.000Z"}]',
            None,
            None,
        ),
        (
            8,
            "HALL-B-1",
            3,
            "a3",
            "StartTransaction",
            "out",
            '[3,"a3",{"transactionId":1042,"idTagInfo":{"status":"Accepted","expiryDate":"2027-03-31T22:00:00Z"}}]',
            6.8,
            None,
        ),
        (
            20,
            "HALL-B-1",
            2,
            "cs-11",
            "ChangeConfiguration",
            "out",
            '[2,"cs-11","ChangeConfiguration",{"key":"MeterValueSampleInterval","value":"30"}]',
            None,
            None,
        ),
        (
            20,
            "HALL-B-1",
            3,
            "cs-11",
            "ChangeConfiguration",
            "in",
            '[3,"cs-11",{"status":"Accepted"}]',
            18.5,
            None,
        ),
        (
            31,
            "HALL-B-1",
            2,
            "a4",
            "MeterValues",
            "in",
            '[2,"a4","MeterValues",{"connectorId":1,"transactionId":1042,"meterValue":[{"timestamp":'
            '"2026-11-26T09:00:31.000Z","sampledValue":[{"value":"11040","measurand":"Power.Active.Import","unit":"W"},'
            '{"value":"120085","measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}]',
            None,
            None,
        ),
        (31, "HALL-B-1", 3, "a4", "MeterValues", "out", '[3,"a4",{}]', 3.4, None),
        (
            40,
            "DOCK-4",
            2,
            "d1",
            "DataTransfer",
            "in",
            '[2,"d1","DataTransfer",{"vendorId":"com.evtec"}]',
            None,
            None,
        ),
        (
            40,
            "DOCK-4",
            4,
            "d1",
            "DataTransfer",
            "out",
            '[4,"d1","NotImplemented","no handler for vendor com.evtec",{}]',
            1.2,
            "NotImplemented",
        ),
        (45, "GARAGE-2", 2, "g8", "Heartbeat", "in", '[2,"g8","Heartbeat",{}]', None, None),
        (
            45,
            "GARAGE-2",
            3,
            "g8",
            "Heartbeat",
            "out",
            '[3,"g8",{"currentTime":"2026-11-26T09:00:45.000Z"}]',
            1.1,
            None,
        ),
    ]
    for offset, cp, mtype, mid, action, direction, text, latency, error in traffic:
        send(
            bridge,
            FrameLogged(
                cp,
                ts=t0 + dt.timedelta(seconds=offset),
                direction=direction,
                message_type=mtype,
                message_id=mid,
                action=action,
                frame=text,
                latency_ms=latency,
                error_code=error,
            ),
        )
    assert page.model.rowCount() == 8
    page.table.selectRow(3)  # the StartTransaction: call and answer side by side
    assert page.request_title.text() == "Call · StartTransaction · HALL-B-1 → central system · id a3"
    assert page.response_title.text() == "Answer · OK · Accepted · 6.8 ms"
    qtbot.waitExposed(page)
    shots = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(shots / "log.png"))


def calls_and_answers(n: int, start: int = 0, cp: str = "CP-1") -> list[FrameLogged]:
    """``n`` Heartbeat calls each followed by its answer (2n frames), ids start, start+1, …"""
    at = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
    out = []
    for i in range(start, start + n):
        out.append(frame(cp, 2, str(i), "Heartbeat", "in", f'[2,"{i}","Heartbeat",{{}}]'))
        out.append(
            FrameLogged(
                cp,
                ts=at,
                direction="out",
                message_type=3,
                message_id=str(i),
                action="Heartbeat",
                frame=f'[3,"{i}",{{"currentTime":"x"}}]',
                latency_ms=1.0,
            )
        )
    return out


def test_a_burst_of_frames_reaches_the_table_as_one_insert(qtbot: Any) -> None:
    """1,000 frames logged within one batch interval: one `frames` batch, one model insert, every call answered."""
    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    inserts: list[tuple[int, int]] = []
    page.model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    batches: list[int] = []
    bridge.frames.connect(lambda frames: batches.append(len(frames)))
    single: list[Any] = []
    bridge.frame.connect(single.append)  # the per-frame signal still fires for each
    burst = calls_and_answers(500)
    for f in burst:
        bridge.push_frame(f)
    assert page.model.rowCount() == 0 and bridge.pending_frames == 1000 and len(single) == 1000
    with qtbot.waitSignal(bridge.frames, timeout=5000):  # the bridge's timer delivers the batch
        pass
    assert batches == [1000]
    assert inserts == [(0, 499)]
    m = page.model
    assert m.rowCount() == 500
    assert {m.data(m.index(r, 4)) for r in range(500)} == {"OK"}
    assert m.data(m.index(499, 6)) == "499" and m.data(m.index(499, 5)) == "1.0 ms"
    assert page.count.text() == "500 calls"
    # answers to calls already in the table: one change for the batch, no new rows
    changes: list[tuple[int, int]] = []
    m.dataChanged.connect(lambda a, b, _roles=None: changes.append((a.row(), b.row())))
    calls = [f for f in calls_and_answers(3, start=1000) if f.message_type == 2]
    answers = [f for f in calls_and_answers(3, start=1000) if f.message_type == 3]
    send(bridge, *calls)
    send(bridge, *answers)
    assert m.rowCount() == 503 and changes == [(500, 502)]
    assert [m.data(m.index(r, 4)) for r in (500, 501, 502)] == ["OK", "OK", "OK"]


def test_a_hidden_log_catches_up_when_shown_bounded_like_the_table(qtbot: Any) -> None:
    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    send(bridge, *calls_and_answers(2))
    assert page.model.rowCount() == 2
    page.hide()  # another page is shown: the table is not updated, the frames wait
    inserts: list[int] = []
    page.model.rowsInserted.connect(lambda _p, first, last: inserts.append(last - first + 1))
    for k in range(10):
        send(bridge, *calls_and_answers(30, start=100 + 30 * k, cp="CP-2"))
    send(bridge, frame("CP-3", 2, "x", "Authorize", "in", '[2,"x","Authorize",{"idTag":"T"}]'))
    assert page.model.rowCount() == 2 and page.pending == 601 and inserts == []
    page.show()  # shown again: every frame that came meanwhile is there, in one insert
    assert page.pending == 0 and inserts == [301] and page.model.rowCount() == 303
    m = page.model
    assert m.data(m.index(2, 1)) == "CP-2" and m.data(m.index(2, 6)) == "100"
    assert m.data(m.index(302, 3)) == "Authorize" and m.data(m.index(302, 4)) == "…"
    assert page.action.findData("Authorize") >= 0  # the action filter learnt the new action
    # an answer for a call that arrived while hidden completes its row
    page.hide()
    send(
        bridge,
        FrameLogged(
            "CP-3",
            direction="out",
            message_type=3,
            message_id="x",
            action="Authorize",
            frame='[3,"x",{"idTagInfo":{"status":"Accepted"}}]',
            latency_ms=3.0,
        ),
    )
    page.show()
    assert m.rowCount() == 303 and m.data(m.index(302, 4)) == "OK · Accepted"

    # hidden for long under heavy traffic: what waits is bounded (the newest kept), like the table itself
    page.hide()
    n = MAX_PENDING_FRAMES // 2 + 1000
    send(bridge, *calls_and_answers(n, start=10_000))
    assert page.pending == MAX_PENDING_FRAMES
    page.show()
    assert page.pending == 0
    assert MAX_ROWS - 500 <= m.rowCount() <= MAX_ROWS
    assert m.data(m.index(m.rowCount() - 1, 6)) == str(10_000 + n - 1)  # the newest call is the last row
    assert m.data(m.index(m.rowCount() - 1, 4)) == "OK"


def test_paused_while_hidden_stays_held_until_resumed(qtbot: Any) -> None:
    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    page.pause.setChecked(True)
    page.hide()
    send(bridge, *calls_and_answers(5))
    page.show()
    assert page.model.rowCount() == 0 and "10 new frames held" in page.count.text()
    page.pause.setChecked(False)
    assert page.model.rowCount() == 5 and page.count.text() == "5 calls"


def test_earlier_messages_not_loadable_is_said_not_raised(qtbot: Any) -> None:
    """The console shutting down (or the database gone) while the page loads the log: a line, not a traceback."""
    import asyncio

    from app.services.central.writer import StoreUnavailable

    class Central:
        async def recent_messages(self, **_filters: Any) -> list[Any]:
            raise StoreUnavailable("the store writer is not running")

    page = LogPage(FakeBridge(), Central())
    qtbot.addWidget(page)
    asyncio.run(page._load_recent())
    assert page.count.text() == "earlier messages not loaded: the store writer is not running"


def test_a_chargers_action_and_id_are_shown_as_text_never_as_markup(qtbot: Any) -> None:
    """The action name and the charge point id come from the charger: the inspector's headings show them
    literally (a rich-text label would render `<img>` and `<b>` from a hostile charger)."""
    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    action = '<img src="http://x/y.png"><b>Boot</b>'
    send(bridge, frame("<i>CP</i>", 2, "1", action, "in", f'[2,"1","{action}",{{}}]'))
    page.table.selectRow(0)
    assert page.request_title.textFormat() == Qt.TextFormat.PlainText
    assert page.response_title.textFormat() == Qt.TextFormat.PlainText
    assert action in page.request_title.text() and "<i>CP</i>" in page.request_title.text()


def test_csv_export_neutralises_what_the_charger_chose(qtbot: Any, tmp_path: Any) -> None:
    """A charge point id and an action from the charger that a spreadsheet would run are written as text in the
    CSV (a leading quote); the JSON lines export keeps them as they came."""
    import csv
    import json

    bridge = FakeBridge()
    page = LogPage(bridge, None)
    qtbot.addWidget(page)
    page.show()
    evil_cp, evil_action = "=1+cmd|' /C calc'!A0", "@SUM(A1)"
    send(
        bridge,
        FrameLogged(
            evil_cp,
            ts=dt.datetime.now(dt.UTC),
            direction="in",
            message_type=2,
            message_id="-1",
            action=evil_action,
            frame=f'[2,"-1","{evil_action}",{{}}]',
        ),
    )
    assert page.export_to(tmp_path / "log.csv") == 1
    with (tmp_path / "log.csv").open(newline="", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["charger"], row["action"], row["message_id"]) == ("'" + evil_cp, "'" + evil_action, "'-1")
    assert row["call"] == f'[2,"-1","{evil_action}",{{}}]'  # a frame starts with "[": as it came
    assert page.export_to(tmp_path / "log.jsonl") == 1
    (rec,) = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert (rec["charger"], rec["action"]) == (evil_cp, evil_action)
