"""Run SAP's e-mobility-charging-stations-simulator (an independent OCPP 1.6 / 2.0.1 charger fleet) against
``chargedesk serve``: the set-up of docs/interop.md in one place, out of CI (it needs the simulator's checkout
and node >= 22, which CI does not have).

    python -m bench.interop.sap_run prepare --sapsim /tmp/sapsim --work /tmp/interop --port 9180 \
        --stations16 3 --stations201 3

writes ``WORK/site.json`` (a site, a tariff, two users with tags, the stations public at that tariff), the
simulator's templates, id tags and ``dist/assets/config.json`` (its supervision URL ``ws://127.0.0.1:PORT/ocpp``);
``docs/interop.md`` says how to start both sides and what to look at.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def tag_of(cp: str, connector: int) -> str:
    """The tag the station's connector charges with (a tag per connector: ChargeDesk refuses a tag already in use
    elsewhere with ConcurrentTx, as it should)."""
    return f"T{cp.replace('-', '')}C{connector}"


V16_KEYS = {
    "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage",
    "MeterValueSampleInterval": "20",
    "SupportedFeatureProfiles": "Core,FirmwareManagement,LocalAuthListManagement,SmartCharging,RemoteTrigger,Reservation",
    "LocalAuthListEnabled": "true",
    "LocalAuthListMaxLength": "100",
    "SendLocalListMaxLength": "20",
    "AuthorizeRemoteTxRequests": "false",
    "WebSocketPingInterval": "60",
    "HeartbeatInterval": "60",
}
V201_KEYS = {
    "AuthCtrlr.AuthorizeRemoteStart": "false",
    "AuthCtrlr.LocalAuthorizationOffline": "true",
    "AuthCtrlr.LocalPreAuthorization": "false",
    "OCPPCommCtrlr.WebSocketPingInterval": "60",
    "LocalAuthListCtrlr.Enabled": "true",
    "SampledDataCtrlr.TxUpdatedInterval": "20",
    "SampledDataCtrlr.TxUpdatedMeasurands": "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage",
    "SampledDataCtrlr.TxStartedMeasurands": "Energy.Active.Import.Register",
    "SampledDataCtrlr.TxEndedMeasurands": "Energy.Active.Import.Register",
}
ATG = {
    "enable": True,
    "minDuration": 60,
    "maxDuration": 90,
    "minDelayBetweenTwoTransactions": 20,
    "maxDelayBetweenTwoTransactions": 40,
    "probabilityOfStart": 1,
    "stopAfterHours": 0.25,
    "requireAuthorize": True,
    "idTagDistribution": "connector-affinity",
}
METER = [
    {"unit": "V", "measurand": "Voltage"},
    {"unit": "W", "measurand": "Power.Active.Import"},
    {"unit": "A", "measurand": "Current.Import"},
    {"unit": "Wh"},
]


def _keys(values: dict[str, str]) -> list[dict[str, object]]:
    return [{"key": k, "readonly": k == "SupportedFeatureProfiles", "value": v} for k, v in values.items()]


def template_16(cp: str) -> dict[str, object]:
    return {
        "$schemaVersion": 1,
        "idTagsFile": f"interop-idtags-{cp}.json",
        "baseName": cp,
        "fixedName": True,
        "chargePointModel": "SAP simulator 1.6",
        "chargePointVendor": "SAP",
        "firmwareVersion": "4.11.0",
        "power": 22080,
        "powerUnit": "W",
        "powerSharedByConnectors": False,
        "currentOutType": "AC",
        "numberOfPhases": 3,
        "voltageOut": 230,
        "numberOfConnectors": 2,
        "randomConnectors": False,
        "ocppVersion": "1.6",
        "Configuration": {"configurationKey": _keys(V16_KEYS)},
        "AutomaticTransactionGenerator": ATG,
        "Connectors": {
            "0": {},
            "1": {"bootStatus": "Available", "MeterValues": METER},
            "2": {"bootStatus": "Available", "MeterValues": METER},
        },
    }


def template_201(cp: str) -> dict[str, object]:
    return {
        "$schemaVersion": 1,
        "idTagsFile": f"interop-idtags-{cp}.json",
        "baseName": cp,
        "fixedName": True,
        "chargePointModel": "SAP simulator 2.0.1",
        "chargePointVendor": "SAP",
        "firmwareVersion": "4.11.0",
        "power": 22080,
        "powerUnit": "W",
        "numberOfConnectors": 1,
        "randomConnectors": False,
        "ocppVersion": "2.0.1",
        "Configuration": {"configurationKey": _keys(V201_KEYS)},
        "AutomaticTransactionGenerator": ATG,
        "Evses": {
            "0": {"Connectors": {"0": {}}},
            "1": {"Connectors": {"1": {"MeterValues": METER}}},
        },
    }


def sim_config(port: int, n16: int, n201: int, ui_port: int) -> dict[str, object]:
    return {
        "$schemaVersion": 1,
        "supervisionUrls": [f"ws://127.0.0.1:{port}/ocpp"],
        "supervisionUrlDistribution": "round-robin",
        "log": {"file": "logs/combined.log", "errorFile": "logs/error.log", "statisticsInterval": 0},
        "worker": {"processType": "workerSet", "elementsPerWorker": "auto"},
        "performanceStorage": {"enabled": False, "type": "none"},
        "uiServer": {
            "enabled": True,
            "type": "ws",
            "options": {"host": "127.0.0.1", "port": ui_port},
            "authentication": {"enabled": False, "type": "protocol-basic-auth"},
        },
        "persistState": False,
        "stationTemplateUrls": [
            {"file": f"interop-{cp}.station-template.json", "numberOfStations": 1}
            for cp in station_ids("SAP16", n16) + station_ids("SAP201", n201)
        ],
    }


def station_ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}-0{i:04d}" for i in range(1, n + 1)]


def site(n16: int, n201: int) -> dict[str, object]:
    stations, tags = [], []
    for version, prefix, n, connectors in (("1.6", "SAP16", n16, 2), ("2.0.1", "SAP201", n201, 1)):
        for cp in station_ids(prefix, n):
            tags += [tag_of(cp, c) for c in range(1, connectors + 1)]
            stations.append(
                {
                    "charge_point_id": cp,
                    "name": f"Interop {cp}",
                    "site": "Interop",
                    "ocpp_version": version,
                    "access": {"default": {"mode": "public", "tariff": "Interop"}},
                    "security": {"profile": 0, "allow_unsecured": True},
                    "connectors": [
                        {"id": c, "type": "Type2", "max_kw": 22} for c in range(1, connectors + 1)
                    ],
                }
            )
    return {
        "version": 1,
        "sites": [{"name": "Interop", "timezone": "Europe/Zurich", "currency": "CHF", "vat_percent": 8.1}],
        "tariffs": [{"name": "Interop", "per_kwh": 0.45, "start_fee": 1.0}],
        "users": [{"name": f"Interop {tag}", "tags": [tag]} for tag in tags],
        "stations": stations,
    }


def prepare(args: argparse.Namespace) -> None:
    sapsim = Path(args.sapsim)
    assets = sapsim / "dist" / "assets"
    if not assets.is_dir():
        sys.exit(f"{assets} missing: build the simulator first (docs/interop.md)")
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    (work / "site.json").write_text(json.dumps(site(args.stations16, args.stations201), indent=2))
    templates = assets / "station-templates"
    for cp in station_ids("SAP16", args.stations16):
        (templates / f"interop-{cp}.station-template.json").write_text(json.dumps(template_16(cp), indent=2))
        (assets / f"interop-idtags-{cp}.json").write_text(json.dumps([tag_of(cp, 1), tag_of(cp, 2)]))
    for cp in station_ids("SAP201", args.stations201):
        (templates / f"interop-{cp}.station-template.json").write_text(json.dumps(template_201(cp), indent=2))
        (assets / f"interop-idtags-{cp}.json").write_text(json.dumps([tag_of(cp, 1)]))
    config = sim_config(args.port, args.stations16, args.stations201, args.ui_port)
    (assets / "config.json").write_text(json.dumps(config, indent=2))
    print(f"wrote {work / 'site.json'} and the simulator's config in {assets}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.interop.sap_run")
    sub = parser.add_subparsers(dest="action", required=True)
    p = sub.add_parser("prepare", help="write the site file and the SAP simulator's configuration")
    p.add_argument("--sapsim", required=True, help="the SAP simulator's checkout (built)")
    p.add_argument("--work", required=True, help="a directory for the site file")
    p.add_argument("--port", type=int, default=9180, help="chargedesk serve's port")
    p.add_argument("--ui-port", type=int, default=9181, help="the SAP simulator's UI (WebSocket) port")
    p.add_argument("--stations16", type=int, default=3)
    p.add_argument("--stations201", type=int, default=3)
    args = parser.parse_args(argv)
    prepare(args)


if __name__ == "__main__":
    main()
