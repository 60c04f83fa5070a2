"""docs/ocpp-coverage.md says what is true: each 'handled' row is a handler of its version's charge point, each
'sent' row an action the operations send, each message one of its version's (a 2.0.1 row cannot name a 1.6-only
message such as SignedUpdateFirmware), each test named exists."""

from __future__ import annotations

import re
from pathlib import Path

from app.ocpp.v16 import ChargePoint16
from app.ocpp.v201 import ChargePoint201

ROOT = Path(__file__).resolve().parents[2]


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in (ROOT / "docs" / "ocpp-coverage.md").read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("message", "---"):
            out.append((cells[0], cells[1], cells[2], cells[3]))
    return out


def test_the_coverage_table_matches_the_handlers_and_operations() -> None:
    table = rows()
    assert table, "the table has rows"
    operations = (ROOT / "app" / "services" / "chargers" / "operations.py").read_text()
    sent = set(re.findall(r'"([A-Z][A-Za-z0-9]+)"', operations))
    for cell, version, direction, tests in table:
        message = cell.split()[0]  # "ExtendedTriggerMessage (SignChargePointCertificate)": the action
        cp = ChargePoint201 if version.startswith("2.0.1") else ChargePoint16
        handlers = cp.handlers
        assert message in cp.known_actions, f"{message} is not an OCPP {cp.version} message"
        if direction.endswith("handled"):
            assert message in handlers, f"{message} ({version}) is not handled"
        else:
            assert direction.endswith("sent") and message in sent, f"{message} ({version}) is not sent"
        files = re.findall(r"tests/[\w/]+\.py", tests)  # each test file named (a ::test after it is allowed)
        assert files, f"{cell}: no test named"
        for test in files:
            assert (ROOT / test).is_file(), test
