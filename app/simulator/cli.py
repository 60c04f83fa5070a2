"""``chargedesk simulate``: one or many virtual chargers against a central system, a line per event on standard
output and a summary at the end. Stops after ``--duration`` seconds or on SIGINT/SIGTERM (a second signal
stops at once), ending running transactions properly first unless ``--no-stop-on-exit``.

Exit status: 0; 1 if a charger was rejected or could never connect; 2 for a usage error.

This module only defines arguments at import time; the client is imported when the command runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import ssl

    from .api import VirtualCharger


class UsageError(Exception):
    """A problem with the arguments (printed without a traceback)."""


def _range(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    try:
        a, b = float(low), float(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give minutes as N or MIN-MAX") from None
    if a <= 0 or b < a:
        raise argparse.ArgumentTypeError(f"{text!r}: give minutes as N or MIN-MAX with 0 < MIN <= MAX")
    return a, b


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be > 0")
    return value


def _phases(text: str) -> tuple[float, float, float]:
    parts = [x.strip() for x in text.split(",")]
    try:
        values = [float(x) for x in parts]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give amperes per phase as L1,L2,L3") from None
    if len(values) != 3 or any(not 0 <= v < 10_000 for v in values):
        raise argparse.ArgumentTypeError(f"{text!r}: give three amperes >= 0 as L1,L2,L3")
    return values[0], values[1], values[2]


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"{text!r}: give KEY=VALUE")
    return key.strip(), value.strip()


def _external_limit(text: str) -> tuple[int, float, str, str]:
    """``EVSE:LIMIT[:SOURCE]`` (LIMIT in A, or W with a W suffix) → (evse, limit, unit, source)."""
    parts = text.split(":")
    if len(parts) not in (2, 3):
        raise argparse.ArgumentTypeError(f"{text!r}: EVSE:LIMIT[:SOURCE], e.g. 1:11 or 0:7400W:SO")
    value = parts[1].strip()
    unit = "W" if value.upper().endswith("W") else "A"
    try:
        evse, limit = int(parts[0]), float(value.rstrip("AaWw"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: EVSE:LIMIT[:SOURCE], e.g. 1:11 or 0:7400W:SO") from None
    source = parts[2].strip() if len(parts) == 3 else "EMS"
    if evse < 0 or limit < 0 or source not in ("EMS", "SO", "Other"):
        raise argparse.ArgumentTypeError(f"{text!r}: EVSE >= 0, LIMIT >= 0, SOURCE one of EMS, SO, Other")
    return evse, limit, unit, source


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url",
        required=True,
        metavar="ws://HOST:PORT/ocpp/ID",
        help="the central system's URL ending in the charge point id (with --count: the id prefix)",
    )
    p.add_argument(
        "--connectors", type=int, default=2, metavar="N", help="connectors per charger (default 2)"
    )
    p.add_argument(
        "--tag",
        default="SIMTAG01",
        metavar="TAG[,TAG...]",
        help="the RFID idTags the drivers present (default SIMTAG01); a card charges in one place at a "
        "time across the fleet, so give several for parallel sessions",
    )
    p.add_argument("--ocpp", choices=["1.6", "2.0.1"], default="1.6", help="OCPP version (default 1.6)")
    p.add_argument("--password", default=None, metavar="P", help="HTTP Basic password (security profile 1/2)")
    p.add_argument("--count", type=int, default=1, metavar="N", help="number of chargers: ids ID-1 .. ID-N")
    p.add_argument(
        "--scenario",
        choices=["idle", "charge", "mixed"],
        default="charge",
        help="idle: wait for the central system; charge: vehicles come, charge and leave; mixed: some "
        "chargers idle, refused tags, faults, pausing vehicles (default charge)",
    )
    p.add_argument(
        "--duration",
        type=_positive,
        default=None,
        metavar="S",
        help="run for S real seconds, then stop (default: until interrupted)",
    )
    p.add_argument(
        "--speed",
        type=_positive,
        default=1.0,
        metavar="X",
        help="compress time X-fold: intervals and sessions pass X times faster, energy grows accordingly "
        "(timestamps stay real)",
    )
    p.add_argument("--seed", type=int, default=None, metavar="N", help="random seed: the same run twice")
    p.add_argument(
        "--sessions",
        type=int,
        default=None,
        metavar="N",
        help="vehicles per connector, then the connector stays idle (default: no limit)",
    )
    p.add_argument(
        "--session-minutes",
        type=_range,
        default=None,
        metavar="MIN[-MAX]",
        help="simulated minutes a vehicle stays plugged in (default: from its battery and power)",
    )
    p.add_argument("--dc", action="store_true", help="a DC fast charger (reports the vehicle's SoC)")
    p.add_argument(
        "--power",
        type=_positive,
        default=None,
        metavar="KW",
        help="maximum power per connector (default 11 kW AC, 50 kW DC)",
    )
    p.add_argument(
        "--inlet-base-a",
        type=_phases,
        default=None,
        metavar="L1,L2,L3",
        help="report the supply at Location=Inlet on connector 0: this base load (A) plus what the connectors "
        "draw, every ClockAlignedDataInterval seconds and when triggered (a site meter of kind charger)",
    )
    p.add_argument(
        "--config",
        type=_key_value,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="initial configuration key (1.6 name), e.g. MeterValueSampleInterval=30 (repeatable)",
    )
    p.add_argument(
        "--profile-purposes",
        default="ChargePointMaxProfile,TxDefaultProfile,TxProfile",
        metavar="PURPOSE[,PURPOSE...]",
        help="the charging profile purposes SetChargingProfile accepts (default all three; '' rejects every "
        "profile), e.g. TxDefaultProfile for a charger that takes only default profiles; W only: --config "
        "ChargingScheduleAllowedChargingRateUnit=Power; fewer stack levels: --config ChargeProfileMaxStackLevel=1",
    )
    p.add_argument(
        "--sign-certificate-at-boot",
        action="store_true",
        help="1.6 security extension or 2.0.1 (A03): after an Accepted boot, ask for a certificate of its own "
        "(SignCertificate with a new key pair's CSR) while it has none",
    )
    p.add_argument(
        "--stop-on-exit",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="stop running transactions properly before exiting (default: yes)",
    )
    p.add_argument(
        "--ca-file",
        type=Path,
        default=None,
        metavar="PEM",
        help="wss://: trust this certificate (e.g. from chargedesk certs create)",
    )
    p.add_argument("--insecure", action="store_true", help="wss://: do not verify the server's certificate")
    p.add_argument(
        "--security-extension",
        action="store_true",
        help="OCPP 1.6 Security Whitepaper firmware: critical security events, ExtendedTriggerMessage, GetLog, "
        "SignedUpdateFirmware",
    )
    p.add_argument(
        "--firmware-ca",
        type=Path,
        default=None,
        metavar="PEM",
        help="with --security-extension or --ocpp 2.0.1: the manufacturer root a firmware signing certificate must be "
        "issued by",
    )
    p.add_argument(
        "--external-limit",
        type=_external_limit,
        default=None,
        metavar="EVSE:LIMIT[:SOURCE]",
        help="2.0.1: play the site's energy manager (SOURCE EMS, or SO, Other): once booted, limit EVSE (0: the "
        "whole station) to LIMIT A (or W: 7400W) and tell the central system (NotifyChargingLimit)",
    )
    p.add_argument(
        "--external-limit-for",
        type=_positive,
        default=None,
        metavar="S",
        help="with --external-limit: lift it after S seconds (ClearedChargingLimit)",
    )
    p.add_argument("--quiet", action="store_true", help="no per-sample 'charging' lines")


def _ssl_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    if not args.url.startswith("wss:"):
        return None
    import ssl  # wss:// only (this module is imported by every CLI command for its arguments)

    context = ssl.create_default_context(cafile=str(args.ca_file) if args.ca_file else None)
    if args.insecure:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _check_external_limit(args: argparse.Namespace) -> None:
    if getattr(args, "external_limit", None) is not None and args.ocpp != "2.0.1":
        raise UsageError("--external-limit needs --ocpp 2.0.1 (NotifyChargingLimit is OCPP 2.0.1)")
    if (
        getattr(args, "external_limit_for", None) is not None
        and getattr(args, "external_limit", None) is None
    ):
        raise UsageError("--external-limit-for needs --external-limit")


def build_chargers(args: argparse.Namespace, out: TextIO) -> list[VirtualCharger]:
    from .api import VirtualCharger, split_url
    from .clock import SimClock
    from .events import CHARGING, SimEvent
    from .settings import BY_NAME
    from .state import ChargerOptions, TagPool

    try:
        base, cp_id = split_url(args.url)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.count < 1 or args.connectors < 1 or args.connectors > 32:
        raise UsageError("--count must be >= 1 and --connectors 1 to 32")
    if args.ca_file is not None and not args.ca_file.is_file():
        raise UsageError(f"{args.ca_file} does not exist")
    firmware_ca = None
    if args.firmware_ca is not None:
        if not args.security_extension and args.ocpp != "2.0.1":
            raise UsageError("--firmware-ca needs --security-extension (or --ocpp 2.0.1)")
        try:
            firmware_ca = args.firmware_ca.read_text("ascii")
        except (OSError, UnicodeDecodeError) as e:
            raise UsageError(f"--firmware-ca {args.firmware_ca}: {e}") from None
    _check_external_limit(args)
    config = dict(args.config)
    for key in config:
        if key not in BY_NAME:
            raise UsageError(f"--config {key}: not a configuration key of the simulated chargers")
    ids = [cp_id] if args.count == 1 else [f"{cp_id}-{n}" for n in range(1, args.count + 1)]
    clock = SimClock(args.speed)
    tags = TagPool([t.strip() for t in args.tag.split(",")])
    context = _ssl_context(args)
    session_s = None
    if args.session_minutes is not None:
        session_s = (args.session_minutes[0] * 60, args.session_minutes[1] * 60)

    def show(event: SimEvent) -> None:
        if args.quiet and event.kind == CHARGING:
            return
        print(event.line, file=out, flush=True)

    chargers = []
    for n, one in enumerate(ids):
        try:
            options = ChargerOptions(
                connectors=args.connectors,
                ocpp=args.ocpp,
                tag=args.tag,
                tag_pool=tags,
                password=args.password,
                scenario=args.scenario,
                speed=args.speed,
                seed=None if args.seed is None else args.seed + n,
                dc=args.dc,
                max_power_kw=args.power,
                sessions=args.sessions,
                session_s=session_s,
                ssl_context=context,
                config=config,
                clock=clock,
                profile_purposes=args.profile_purposes,
                inlet_base_a=args.inlet_base_a,
                sign_certificate_at_boot=args.sign_certificate_at_boot,
                security_extension=args.security_extension,
                firmware_ca=firmware_ca,
            )
            chargers.append(VirtualCharger(base, one, options=options, on_event=show))
        except ValueError as e:
            raise UsageError(str(e)) from None
    return chargers


def summary(
    chargers: list[VirtualCharger], seconds: float, args: argparse.Namespace
) -> tuple[str, list[str]]:
    from .events import Stats

    total = Stats()
    for vc in chargers:
        total.add(vc.stats)
    line = (
        f"summary: {len(chargers)} charger{'s' if len(chargers) != 1 else ''}, {total.sessions} session"
        f"{'s' if total.sessions != 1 else ''}, {total.energy_wh / 1000:.2f} kWh, {total.errors} error"
        f"{'s' if total.errors != 1 else ''} (OCPP {args.ocpp}, {args.scenario}, {seconds:.0f} s"
        f"{f' at speed {args.speed:g}' if args.speed != 1 else ''})"
    )
    details = [
        f"  {vc.cp_id}: {vc.stats.errors} error(s), last: {vc.stats.last_error}"
        for vc in chargers
        if vc.stats.errors
    ][:20]
    return line, details


def run_simulate(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """The command; returns the exit status. Raises :class:`UsageError` for bad arguments."""
    stream = out or sys.stdout
    chargers = build_chargers(args, stream)
    return asyncio.run(_main(args, chargers, stream))


async def _main(args: argparse.Namespace, chargers: list[VirtualCharger], out: TextIO) -> int:
    loop = asyncio.get_running_loop()
    started = loop.time()
    stop = asyncio.Event()
    signals = 0

    def on_signal() -> None:
        nonlocal signals
        signals += 1
        if signals == 1:
            print("stopping (again to stop at once)", file=sys.stderr, flush=True)
            stop.set()
        else:
            for vc in chargers:
                if vc.task is not None:
                    vc.task.cancel()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: KeyboardInterrupt instead
            loop.add_signal_handler(sig, on_signal)
    try:
        for n, vc in enumerate(chargers):
            await vc.start()
            if n % 20 == 19:
                await asyncio.sleep(0.05)  # a big fleet does not connect all in the same instant
        tasks = [vc.task for vc in chargers if vc.task is not None]
        if getattr(args, "external_limit", None) is not None:
            energy_manager = [
                asyncio.ensure_future(_energy_manager(vc, args.external_limit, args.external_limit_for, out))
                for vc in chargers
            ]

        async def all_finished() -> None:  # every charger stopped by itself (rejected): nothing left to do
            await asyncio.wait(tasks)  # (asyncio.wait, unlike gather, does not cancel them when cancelled)

        waits: list[asyncio.Future[Any]] = [
            asyncio.ensure_future(stop.wait()),
            asyncio.ensure_future(all_finished()),
        ]
        await asyncio.wait(waits, timeout=args.duration, return_when=asyncio.FIRST_COMPLETED)
        for w in waits:
            w.cancel()
        if getattr(args, "external_limit", None) is not None:
            for task in energy_manager:
                task.cancel()
        await asyncio.gather(*(_stop(vc, args.stop_on_exit) for vc in chargers))
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
    line, details = summary(chargers, loop.time() - started, args)
    print(line, file=out, flush=True)
    for d in details:
        print(d, file=out, flush=True)
    failed = [vc for vc in chargers if vc.registration == "Rejected" or vc.stats.connections == 0]
    return 1 if failed else 0


async def _energy_manager(
    vc: VirtualCharger, limit: tuple[int, float, str, str], lift_after: float | None, out: TextIO
) -> None:
    """The site's energy manager: once the charger booted, its limit; lifted after ``lift_after`` seconds."""
    evse, value, unit, source = limit
    try:
        await vc.wait_for("booted", lambda e: e.data.get("status") == "Accepted", timeout=3600)
        await vc.set_external_limit(evse, value, unit=unit, source=source)
        print(f"{vc.cp_id}: {source} limits EVSE {evse} to {value:g} {unit}", file=out, flush=True)
        if lift_after is not None:
            await asyncio.sleep(lift_after)
            await vc.clear_external_limit(evse, source=source)
            print(f"{vc.cp_id}: {source} lifted its limit on EVSE {evse}", file=out, flush=True)
    except (TimeoutError, RuntimeError, ValueError) as e:
        print(f"{vc.cp_id}: energy manager: {e}", file=sys.stderr, flush=True)


async def _stop(vc: VirtualCharger, stop_transactions: bool) -> None:
    try:
        await vc.stop(stop_transactions=stop_transactions)
    except asyncio.CancelledError:
        pass
    except Exception as e:  # one charger's failure must not hide the summary
        print(f"{vc.cp_id}: {e!r}", file=sys.stderr, flush=True)
