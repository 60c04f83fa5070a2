"""Team mode with real processes on the suite's PostgreSQL: ``chargedesk serve`` holds a simulated charger; the
command line (another process) lists it with its host and operates it through that host."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.db import Database
from tests.helpers.ocpp import add_station, sim_charger
from tests.helpers.processes import cli, serve_process
from tests.helpers.site import held


@pytest.fixture
def db_url(pg_url: str) -> str:  # PostgreSQL only: the site bus (conftest's ``db`` opens it)
    return pg_url


async def test_the_command_line_operates_a_charger_through_its_host(
    pg_url: str, db: Database, tmp_path: Path
) -> None:
    add_station(db, "YARD-1")
    add_station(db, "YARD-9")  # a station whose charger is not connected
    async with serve_process(pg_url, tmp_path) as (_proc, ws_url), sim_charger(ws_url, "YARD-1") as charger:
        from ocpp.v16 import call, call_result

        await charger.cp.call(call.BootNotification(charge_point_vendor="Test", charge_point_model="T1"))
        await held(pg_url, "YARD-1")

        code, out, err = await cli(tmp_path, "--db", pg_url, "chargers")
        assert code == 0, err
        lines = out.splitlines()
        assert lines[0].startswith("central system: serve on ")
        yard1 = next(line for line in lines if line.startswith("YARD-1"))
        assert "connected" in yard1 and "serve on" in yard1 and "1.6" in yard1
        yard9 = next(line for line in lines if line.startswith("YARD-9"))
        assert "offline" in yard9

        code, out, err = await cli(
            tmp_path,
            "--db",
            pg_url,
            "charger",
            "YARD-1",
            "remote-start",
            "--connector",
            "1",
            "--tag",
            "04A2B3C4",
        )
        assert code == 0, err
        assert json.loads(out) == {"status": "Accepted"}
        action, payload = charger.cp.received[-1]
        assert action == "RemoteStartTransaction"
        assert payload == {"id_tag": "04A2B3C4", "connector_id": 1}

        charger.cp.answers["Reset"] = call_result.Reset(status="Rejected")
        code, out, err = await cli(tmp_path, "--db", pg_url, "charger", "YARD-1", "reset", "--hard")
        assert code == 1
        assert json.loads(out) == {"status": "Rejected"}
        assert "YARD-1 answered Rejected" in err
        assert charger.cp.received[-1] == ("Reset", {"type": "Hard"})

        code, out, err = await cli(
            tmp_path, "--db", pg_url, "charger", "YARD-1", "get-config", "--key", "HeartbeatInterval"
        )
        assert code == 0, err
        assert "configurationKey" in json.loads(out) or "configuration_key" in json.loads(out)

        code, out, err = await cli(tmp_path, "--db", pg_url, "charger", "YARD-9", "reset")
        assert code == 2
        assert "YARD-9 is not connected to the site's central system" in err


async def test_on_sqlite_the_charger_commands_say_where_operations_are(tmp_path: Path) -> None:
    code, _out, err = await cli(
        tmp_path, "--db", f"sqlite:///{tmp_path / 'x.db'}", "charger", "YARD-1", "reset"
    )
    assert code == 2
    assert "shared PostgreSQL" in err


async def test_the_command_line_reads_a_2_0_1_chargers_variables_and_says_get_config_is_1_6(
    pg_url: str, db: Database, tmp_path: Path
) -> None:
    """Found running SAP's simulator against serve (docs/interop.md): ``charger ID get-config`` on a 2.0.1 station
    ended in a traceback, and its help pointed at a ``get-variables`` action that did not exist."""
    from tests.helpers.sim201 import sim201

    add_station(db, "YARD-201", connectors=1)
    async with serve_process(pg_url, tmp_path) as (_proc, ws_url), sim201(ws_url, "YARD-201") as station:
        await station.cp.boot()
        await held(pg_url, "YARD-201")

        code, out, err = await cli(tmp_path, "--db", pg_url, "charger", "YARD-201", "get-config")
        assert code == 2
        assert "Traceback" not in err
        assert "GetConfiguration is not an operation of OCPP 2.0.1" in err and "get-variables" in err

        code, out, err = await cli(
            tmp_path,
            "--db",
            pg_url,
            "charger",
            "YARD-201",
            "get-variables",
            "OCPPCommCtrlr.HeartbeatInterval",
            "SecurityCtrlr.OrganizationName",
        )
        assert code == 0, err
        results = json.loads(out)["getVariableResult"]
        assert [(r["component"]["name"], r["variable"]["name"], r["attributeStatus"]) for r in results] == [
            ("OCPPCommCtrlr", "HeartbeatInterval", "Accepted"),
            ("SecurityCtrlr", "OrganizationName", "UnknownVariable"),
        ]
        assert results[0]["attributeValue"] == "300"
        action, payload = station.cp.received[-1]
        assert action == "GetVariables"
        assert [d["variable"]["name"] for d in payload["get_variable_data"]] == [
            "HeartbeatInterval",
            "OrganizationName",
        ]

        code, out, err = await cli(tmp_path, "--db", pg_url, "charger", "YARD-201", "get-variables", "Nodot")
        assert code == 2
        assert "COMPONENT.VARIABLE" in err
