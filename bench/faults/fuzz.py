"""Fuzzed frames: hypothesis generates malformed OCPP 1.6J frames, sent to ``chargedesk serve`` on a real socket.

    python -m bench.faults --only fuzz            # 10,000 frames
    python -m bench.faults --only fuzz --small    # 400 frames (what tests/faults runs)

Categories (each case knows the answer OCPP-J 1.6 §4.2.3 prescribes): broken JSON, wrong types, missing fields,
huge strings (up to just under the 64 KiB frame limit), deep nesting, unknown actions (and 1.6 actions only a
central system sends), wrong message types, binary frames, stray CallResults/CallErrors (no answer), and
oversized frames (over 64 KiB: that one connection is closed with 1009, the charger reconnects). The frames are
spread over several fuzzing chargers at once; meanwhile a well-behaved charger keeps calling and must get every
answer. Survived when: every case got exactly its answer, serve is still running, it logged no traceback, and the
well-behaved charger was answered every time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from bench.faults.common import (
    SUBPROTOCOL,
    FaultResult,
    Serve,
    iso,
    load_average,
    new_workdir,
    prepare_database,
)

FORMATION = "FormationViolation"
OCCURRENCE = "OccurenceConstraintViolation"
TYPE = "TypeConstraintViolation"
PROPERTY = "PropertyConstraintViolation"
NOT_IMPLEMENTED = "NotImplemented"
NOT_SUPPORTED = "NotSupported"
NO_ANSWER = "(no answer)"
CLOSED_1009 = "(closed 1009)"

MAX_FRAME = 64 * 1024  # serve's default max_frame_bytes

CATEGORIES = (
    "broken JSON",
    "wrong types",
    "missing fields",
    "huge strings",
    "deep nesting",
    "unknown actions",
    "wrong message types",
    "binary frames",
    "stray answers",
    "oversized frames",
)


@dataclass(frozen=True)
class Case:
    category: str
    frame: str | bytes
    expect: str  # a CallError code, NO_ANSWER or CLOSED_1009
    message_id: str | None = None  # the id the CallError must echo (None: not checked)


# --- valid payloads to spoil --------------------------------------------------------------------------------

TS = "2026-03-01T10:00:00.000Z"
VALID: dict[str, dict[str, Any]] = {
    "BootNotification": {
        "chargePointVendor": "ABB",
        "chargePointModel": "Terra AC",
        "firmwareVersion": "1.2.3",
    },
    "Authorize": {"idTag": "TAG0000001"},
    "StatusNotification": {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": TS},
    "StartTransaction": {"connectorId": 1, "idTag": "TAG0000001", "meterStart": 0, "timestamp": TS},
    "StopTransaction": {"transactionId": 1, "meterStop": 500, "timestamp": TS, "idTag": "TAG0000001"},
    "MeterValues": {"connectorId": 1, "meterValue": [{"timestamp": TS, "sampledValue": [{"value": "10"}]}]},
    "DataTransfer": {"vendorId": "com.example", "messageId": "m", "data": "x"},
    "DiagnosticsStatusNotification": {"status": "Idle"},
    "FirmwareStatusNotification": {"status": "Idle"},
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "BootNotification": ("chargePointVendor", "chargePointModel"),
    "Authorize": ("idTag",),
    "StatusNotification": ("connectorId", "errorCode", "status"),
    "StartTransaction": ("connectorId", "idTag", "meterStart", "timestamp"),
    "StopTransaction": ("transactionId", "meterStop", "timestamp"),
    "MeterValues": ("connectorId", "meterValue"),
    "DataTransfer": ("vendorId",),
    "DiagnosticsStatusNotification": ("status",),
    "FirmwareStatusNotification": ("status",),
}
# (action, field, JSON type the schema wants)
TYPED: tuple[tuple[str, str, str], ...] = (
    ("BootNotification", "chargePointVendor", "string"),
    ("BootNotification", "firmwareVersion", "string"),
    ("Authorize", "idTag", "string"),
    ("StatusNotification", "connectorId", "integer"),
    ("StatusNotification", "status", "string"),
    ("StatusNotification", "errorCode", "string"),
    ("StatusNotification", "timestamp", "string"),
    ("StartTransaction", "connectorId", "integer"),
    ("StartTransaction", "meterStart", "integer"),
    ("StartTransaction", "idTag", "string"),
    ("StartTransaction", "timestamp", "string"),
    ("StopTransaction", "transactionId", "integer"),
    ("StopTransaction", "meterStop", "integer"),
    ("MeterValues", "connectorId", "integer"),
    ("MeterValues", "meterValue", "array"),
    ("DataTransfer", "vendorId", "string"),
    ("DataTransfer", "data", "string"),
)
# (action, field, maxLength)
BOUNDED: tuple[tuple[str, str, int], ...] = (
    ("Authorize", "idTag", 20),
    ("StartTransaction", "idTag", 20),
    ("BootNotification", "chargePointVendor", 20),
    ("BootNotification", "chargePointModel", 20),
    ("BootNotification", "firmwareVersion", 50),
    ("StatusNotification", "info", 50),
    ("StatusNotification", "vendorErrorCode", 50),
    ("DataTransfer", "vendorId", 255),
    ("DataTransfer", "messageId", 50),
)
CENTRAL_ONLY = (
    "Reset",
    "RemoteStartTransaction",
    "RemoteStopTransaction",
    "ChangeAvailability",
    "ChangeConfiguration",
    "ClearCache",
    "UnlockConnector",
    "GetConfiguration",
    "TriggerMessage",
    "UpdateFirmware",
    "GetDiagnostics",
    "SendLocalList",
    "GetLocalListVersion",
    "ReserveNow",
    "CancelReservation",
    "SetChargingProfile",
    "ClearChargingProfile",
    "GetCompositeSchedule",
)
_ALL_16 = {
    *VALID,
    *CENTRAL_ONLY,
    "Heartbeat",
    "CertificateSigned",
    "DeleteCertificate",
    "ExtendedTriggerMessage",
    "GetInstalledCertificateIds",
    "GetLog",
    "InstallCertificate",
    "LogStatusNotification",
    "SecurityEventNotification",
    "SignCertificate",
    "SignedFirmwareStatusNotification",
    "SignedUpdateFirmware",
}

# --- strategies ---------------------------------------------------------------------------------------------

TEXT = st.characters(blacklist_categories=("Cs",))  # anything a UTF-8 text frame can carry
message_ids = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.", min_size=1, max_size=36
)
actions = st.sampled_from(sorted(VALID))


def _dump(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _wrong_value(wanted: str) -> st.SearchStrategy[Any]:
    others = {
        "string": st.one_of(
            st.integers(),
            st.booleans(),
            st.none(),
            st.just([]),
            st.just({"a": 1}),
            st.floats(allow_nan=False, allow_infinity=False),
        ),
        "integer": st.one_of(
            st.text(TEXT, max_size=10),
            st.booleans(),
            st.none(),
            st.just([1]),
            st.just({}),
            st.floats(min_value=-1e6, max_value=1e6).filter(lambda f: f != int(f)),
        ),
        "array": st.one_of(st.text(TEXT, max_size=10), st.integers(), st.booleans(), st.none(), st.just({})),
    }
    return others[wanted]


@st.composite
def broken_json(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    if draw(st.booleans()):  # a good start, then it goes wrong: the id is still recovered
        action = draw(actions)
        whole = _dump([2, mid, action, VALID[action]])
        prefix = f'[2,"{mid}",'
        cut = draw(st.integers(len(prefix), len(whole) - 1))
        junk = draw(st.text(TEXT, max_size=20))
        text = whole[:cut] + junk
        if _is_json(text):
            text = whole[:cut] + "}{"
        return Case("broken JSON", text, FORMATION, mid if not _is_json(text) else None)
    text = draw(st.text(TEXT, min_size=1, max_size=200).filter(lambda t: not _is_json(t)))
    return Case("broken JSON", text, FORMATION)


@st.composite
def wrong_types(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    action, name, wanted = draw(st.sampled_from(TYPED))
    payload = dict(VALID[action])
    payload[name] = draw(_wrong_value(wanted))
    return Case("wrong types", _dump([2, mid, action, payload]), TYPE, mid)


@st.composite
def missing_fields(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    action = draw(actions)
    required = REQUIRED[action]
    drop = draw(st.sets(st.sampled_from(required), min_size=1))
    payload = {k: v for k, v in VALID[action].items() if k not in drop}
    return Case("missing fields", _dump([2, mid, action, payload]), OCCURRENCE, mid)


@st.composite
def huge_strings(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    if draw(st.integers(0, 4)) == 0:  # the unique id itself: 37 to 60,000 characters
        size = draw(st.integers(37, 60_000))
        long_id = draw(st.sampled_from("xyZ9")) * size
        return Case(
            "huge strings", _dump([2, long_id, "Heartbeat", {}]), FORMATION, long_id if size <= 64 else "-1"
        )
    action, name, limit = draw(st.sampled_from(BOUNDED))
    char = draw(st.sampled_from(["A", "é", "€", "漢", "😀", " "]))
    budget = (MAX_FRAME - 400) // len(char.encode())
    size = draw(st.one_of(st.just(limit + 1), st.integers(limit + 1, budget)))
    payload = dict(VALID[action])
    payload[name] = char * size
    return Case("huge strings", _dump([2, mid, action, payload]), PROPERTY, mid)


@st.composite
def deep_nesting(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    depth = draw(st.one_of(st.integers(1, 400), st.integers(5_000, 30_000)))
    where = draw(st.sampled_from(["frame", "extra field", "typed field"]))
    deep = "[" * depth + "]" * depth
    if where == "frame":
        return Case("deep nesting", deep, FORMATION, "-1")
    if where == "extra field":  # Heartbeat takes no properties at all
        return Case("deep nesting", f'[2,"{mid}","Heartbeat",{{"x":{deep}}}]', FORMATION, mid)
    code = (
        TYPE if depth <= 400 else FORMATION
    )  # parsed: a list where a string belongs; else not JSON we can read
    return Case("deep nesting", f'[2,"{mid}","DataTransfer",{{"vendorId":"v","data":{deep}}}]', code, mid)


@st.composite
def unknown_actions(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    kind = draw(st.integers(0, 3))
    if kind == 0:
        action = draw(st.sampled_from(CENTRAL_ONLY))
        return Case("unknown actions", _dump([2, mid, action, {}]), NOT_SUPPORTED, mid)
    if kind == 1:  # not a string, or empty
        action = draw(st.one_of(st.just(""), st.integers(), st.none(), st.just(["Heartbeat"])))
        return Case("unknown actions", _dump([2, mid, action, {}]), FORMATION, mid)
    action = draw(st.text(TEXT, min_size=1, max_size=64).filter(lambda a: a not in _ALL_16))
    payload = draw(st.one_of(st.just({}), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)))
    return Case("unknown actions", _dump([2, mid, action, payload]), NOT_IMPLEMENTED, mid)


@st.composite
def wrong_message_types(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    kind = draw(st.integers(0, 2))
    if kind == 0:
        mtype = draw(
            st.one_of(
                st.sampled_from([0, 1, 5, 7, 99, -2, "2", 2.0, True, None, [2], {}]),
                st.integers().filter(lambda i: i not in (2, 3, 4)),
            )
        )
        return Case("wrong message types", _dump([mtype, mid, "Heartbeat", {}]), FORMATION, mid)
    if kind == 1:  # a CALL with a wrong shape
        frame = draw(
            st.sampled_from(
                [
                    [2, mid, "Heartbeat"],
                    [2, mid, "Heartbeat", {}, {}],
                    [2, mid, "Heartbeat", []],
                    [2, mid, "Heartbeat", "{}"],
                    [2, mid, "Heartbeat", None],
                ]
            )
        )
        return Case("wrong message types", _dump(frame), FORMATION, mid)
    # a CALLRESULT / CALLERROR of the wrong shape
    frame = draw(
        st.sampled_from(
            [
                [3, mid],
                [3, mid, []],
                [3, mid, {}, {}],
                [4, mid, "GenericError"],
                [4, mid, 1, "x", {}],
                [4, mid, "GenericError", None, {}],
            ]
        )
    )
    return Case("wrong message types", _dump(frame), FORMATION, mid)


@st.composite
def binary_frames(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    if draw(st.booleans()):
        action = draw(actions)
        return Case("binary frames", _dump([2, mid, action, VALID[action]]).encode(), FORMATION, mid)
    return Case(
        "binary frames", draw(st.binary(min_size=1, max_size=512)).replace(b"[", b"("), FORMATION, "-1"
    )


@st.composite
def stray_answers(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    frame = draw(
        st.sampled_from(
            [[3, mid, {}], [3, mid, {"status": "Accepted"}], [4, mid, "GenericError", "nobody asked", {}]]
        )
    )
    return Case("stray answers", _dump(frame), NO_ANSWER)


@st.composite
def oversized_frames(draw: st.DrawFn) -> Case:
    mid = draw(message_ids)
    size = draw(st.integers(MAX_FRAME + 1, 4 * MAX_FRAME))
    shell = _dump([2, mid, "DataTransfer", {"vendorId": "v", "data": ""}])
    text = _dump([2, mid, "DataTransfer", {"vendorId": "v", "data": "B" * (size - len(shell))}])
    frame: str | bytes = text.encode() if draw(st.booleans()) else text
    return Case("oversized frames", frame, CLOSED_1009)


def fuzz_cases() -> st.SearchStrategy[Case]:
    """One malformed frame of any category, with the answer it must get. Oversized frames are rarer (each costs
    a reconnect)."""
    return st.one_of(
        broken_json(),
        wrong_types(),
        missing_fields(),
        huge_strings(),
        deep_nesting(),
        unknown_actions(),
        wrong_message_types(),
        binary_frames(),
        stray_answers(),
        oversized_frames().filter(lambda c: len(c.frame) % 4 == 0),
    )


def generate(n: int, seed_value: int = 7) -> list[Case]:
    """``n`` cases drawn by hypothesis (generation only: nothing to shrink, the server is checked afterwards)."""
    out: list[Case] = []

    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @seed(seed_value)
    @given(fuzz_cases())
    def collect(case: Case) -> None:
        out.append(case)

    collect()
    return out[:n]


# --- sending them ---------------------------------------------------------------------------------------------


@dataclass
class FuzzTally:
    tried: Counter[str]
    right: Counter[str]
    wrong: list[str]
    reconnects: int = 0


async def _open(url: str) -> ClientConnection:
    return await connect(
        url,
        subprotocols=[SUBPROTOCOL],
        compression=None,
        proxy=None,
        open_timeout=10,
        close_timeout=1,
        ping_interval=None,
        max_size=None,
    )


async def _fuzzer(url: str, cases: list[Case], tally: FuzzTally, reply_timeout: float) -> None:
    ws = await _open(url)
    try:
        for case in cases:
            tally.tried[case.category] += 1
            problem = await _one(ws, case, reply_timeout)
            if problem == "reconnect":
                tally.reconnects += 1
                ws = await _open(url)
                problem = None
            if problem is None:
                tally.right[case.category] += 1
            elif len(tally.wrong) < 50:
                shown = case.frame[:80] if isinstance(case.frame, str) else repr(case.frame[:80])
                tally.wrong.append(f"{case.category}: {problem} for {shown!r}")
    finally:
        await ws.close()


async def _one(ws: ClientConnection, case: Case, reply_timeout: float) -> str | None:
    """Send one case; None when the answer is right, 'reconnect' after an expected 1009, else the problem."""
    try:
        await ws.send(case.frame)
        if case.expect == NO_ANSWER:  # nothing may come back: a heartbeat behind it is the next answer
            await ws.send('[2,"after-stray","Heartbeat",{}]')
        raw = await asyncio.wait_for(ws.recv(), reply_timeout)
    except ConnectionClosed as e:
        if case.expect == CLOSED_1009 and e.rcvd is not None and e.rcvd.code == 1009:
            return "reconnect"
        code = e.rcvd.code if e.rcvd is not None else None
        return f"connection closed ({code}) instead of {case.expect}"
    except TimeoutError:
        return f"no answer in {reply_timeout:g} s (expected {case.expect})"
    if case.expect == CLOSED_1009:
        return f"answered {str(raw)[:80]!r} instead of closing with 1009"
    answer = json.loads(raw)
    if case.expect == NO_ANSWER:
        return None if answer[:2] == [3, "after-stray"] else f"answered {answer!r:.100}"
    if answer[0] != 4 or answer[2] != case.expect:
        return f"got {answer[:3]!r:.100} instead of {case.expect}"
    if case.message_id is not None and answer[1] != case.message_id:
        return f"echoed id {answer[1]!r:.50} instead of {case.message_id!r:.50}"
    if not isinstance(answer[3], str) or not isinstance(answer[4], dict):
        return f"CallError body malformed: {answer!r:.100}"
    return None


@dataclass
class Calm:
    answered: int = 0
    failed: int = 0
    max_ms: float = 0.0
    problems: list[str] | None = None


async def _calm_charger(url: str, stop: asyncio.Event, calm: Calm) -> None:
    """A well-behaved charger: boot, then status, authorize and heartbeat until the fuzzing is over, each of
    which must be answered with its CallResult."""
    calm.problems = []
    steps: list[tuple[str, dict[str, Any]]] = [("BootNotification", VALID["BootNotification"])]
    i = 0
    async with await _open(url) as ws:
        while steps or not stop.is_set():
            if not steps:
                now = iso(dt.datetime.now(dt.UTC))
                steps = [
                    ("Heartbeat", {}),
                    ("StatusNotification", VALID["StatusNotification"] | {"timestamp": now}),
                    ("Authorize", {"idTag": "TAG0000001"}),
                ]
            action, payload = steps.pop(0)
            i += 1
            mid = f"calm-{i}"
            sent = time.perf_counter()
            try:
                await ws.send(_dump([2, mid, action, payload]))
                answer = json.loads(await asyncio.wait_for(ws.recv(), 10))
            except (TimeoutError, ConnectionClosed) as e:
                calm.failed += 1
                calm.problems.append(f"{action}: {type(e).__name__}")
                return
            if answer[:2] != [3, mid]:
                calm.failed += 1
                calm.problems.append(f"{action}: {answer!r:.100}")
            else:
                calm.answered += 1
                calm.max_ms = max(calm.max_ms, 1000 * (time.perf_counter() - sent))
            await asyncio.sleep(0.05)


async def _run_cases(
    url: str, cases: list[Case], fuzzers: int, reply_timeout: float
) -> tuple[FuzzTally, Calm]:
    tally = FuzzTally(Counter(), Counter(), [])
    calm = Calm()
    stop = asyncio.Event()
    calm_task = asyncio.create_task(_calm_charger(url + "CALM-1", stop, calm))
    slices = [cases[i::fuzzers] for i in range(fuzzers)]
    try:
        await asyncio.gather(
            *(
                _fuzzer(f"{url}FUZZ-{i + 1:02d}", part, tally, reply_timeout)
                for i, part in enumerate(slices)
                if part
            )
        )
    finally:
        stop.set()
        await calm_task
    return tally, calm


def run(
    frames: int = 10_000,
    *,
    fuzzers: int = 8,
    workdir: Path | None = None,
    seed_value: int = 7,
    reply_timeout: float = 20.0,
) -> FaultResult:
    result = FaultResult(
        "fuzz",
        "Fuzzed frames",
        f"{frames:,} frames drawn by hypothesis (seed {seed_value}) over {fuzzers} fuzzing chargers "
        "at once, each frame awaiting its answer; serve on SQLite with `--unknown-chargers accept`, "
        "64 KiB frame limit; one well-behaved charger (boot, heartbeat, status, authorize every "
        "50 ms) throughout.",
        load_before=load_average(),
    )
    workdir = workdir or new_workdir("fuzz")
    started = time.perf_counter()
    cases = generate(frames, seed_value)
    generated_s = time.perf_counter() - started
    url = f"sqlite:///{workdir / 'fuzz.db'}"
    prepare_database(url)
    serve = Serve(url, workdir)
    serve.start()
    try:
        t0 = time.perf_counter()
        tally, calm = asyncio.run(_run_cases(serve.url, cases, fuzzers, reply_timeout))
        elapsed = time.perf_counter() - t0
        alive = serve.alive
    finally:
        exit_code = serve.stop()
    tracebacks = serve.tracebacks()
    result.add("frames tried", sum(tally.tried.values()))
    result.add("answered as OCPP says", sum(tally.right.values()))
    for category in CATEGORIES:
        if tally.tried[category]:
            result.add(f"… {category}", f"{tally.right[category]:,} of {tally.tried[category]:,}")
    result.add("connections closed with 1009 and reopened", tally.reconnects)
    result.add("serve crashed", "no" if alive else "YES")
    result.add("tracebacks in serve's log", tracebacks)
    result.add("well-behaved charger answered / failed", f"{calm.answered:,} / {calm.failed:,}")
    result.add("well-behaved charger slowest answer ms", round(calm.max_ms, 1))
    result.add("frames/s (fuzzers waiting for each answer)", round(len(cases) / elapsed, 1))
    result.add("generation s (hypothesis)", round(generated_s, 1))
    result.load_after = load_average()
    if len(cases) < frames:
        result.fail(f"hypothesis generated only {len(cases)} of {frames} frames")
    if tally.wrong:
        result.fail(
            f"{sum(tally.tried.values()) - sum(tally.right.values())} wrong answers, e.g. "
            + "; ".join(tally.wrong[:5])
        )
    if not alive:
        result.fail(f"serve died (exit status {exit_code}): {serve.tail()}")
    if tracebacks:
        result.fail(f"serve logged {tracebacks} traceback(s): {serve.tail()}")
    if calm.failed or calm.answered == 0:
        result.fail(
            f"the well-behaved charger was not answered: {calm.problems[:3] if calm.problems else ''}"
        )
    return result
