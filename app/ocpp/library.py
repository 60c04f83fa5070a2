"""Start-up tuning of the ``ocpp`` package (see ENGINEERING.md, "The ocpp package (2.1.0)")."""

from __future__ import annotations

import logging

import ocpp.messages

from .frames import warm_validators

_warmed: set[str] = set()


def tune_ocpp_package() -> None:
    """Synchronous validation, quiet loggers, validators loaded now rather than on the first message.

    ``ASYNC_VALIDATION`` (default True) sends every schema check through ``run_in_executor``: a thread hop per
    message that costs a third of the throughput on plain asyncio and more than half under qasync. The package
    logs every frame at INFO; we keep our own message log instead. Every OCPP version registered with the
    server (``server.VERSIONS``) gets its validators warmed once per process.
    """
    from .server import VERSIONS

    ocpp.messages.ASYNC_VALIDATION = False
    logging.getLogger("ocpp").setLevel(logging.WARNING)
    for cls in VERSIONS.values():
        if cls.version not in _warmed:
            warm_validators(cls.version, sorted(cls.known_actions), set(cls.handlers))
            _warmed.add(cls.version)
