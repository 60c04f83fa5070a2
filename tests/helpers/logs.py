"""Fail a test on an unexpected WARNING (or worse) log record from our own loggers (as qutebrowser does).

Every test gets the autouse :func:`app_log` fixture. A record at WARNING or above from ``app.*`` (or the CLI's
``chargedesk`` logger) fails the test at teardown unless the test declared it:

- with the marker ``@pytest.mark.expect_log("regex", logger="app.ocpp", level="WARNING")`` (the pattern is searched
  in the formatted message; ``logger`` matches that logger and its children), or
- inside the test with ``app_log.expect("regex", ...)``.

A declaration allows matching records; it does not require one (tests assert what they need with ``caplog``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

WATCHED = ("app", "chargedesk")


@dataclass(frozen=True)
class Expected:
    pattern: re.Pattern[str]
    logger: str = "app"
    level: int = logging.WARNING

    def allows(self, record: logging.LogRecord) -> bool:
        name = record.name
        in_logger = name == self.logger or name.startswith(self.logger + ".")
        return (
            in_logger
            and record.levelno <= max(self.level, logging.WARNING)
            and bool(self.pattern.search(record.getMessage()))
        )


def _level(level: int | str) -> int:
    return level if isinstance(level, int) else logging.getLevelNamesMapping()[level.upper()]


class AppLogWatch(logging.Handler):
    """Collects the watched loggers' records at WARNING or above; :meth:`unexpected` lists the undeclared ones."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected: list[Expected] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, pattern: str, *, logger: str = "app", level: int | str = logging.WARNING) -> None:
        self.expected.append(Expected(re.compile(pattern), logger, _level(level)))

    def unexpected(self) -> list[logging.LogRecord]:
        return [r for r in self.records if not any(e.allows(r) for e in self.expected)]


@pytest.fixture(autouse=True)
def app_log(request: pytest.FixtureRequest) -> Iterator[AppLogWatch]:
    watch = AppLogWatch()
    for marker in request.node.iter_markers("expect_log"):
        pattern = marker.args[0] if marker.args else marker.kwargs.get("pattern", "")
        watch.expect(
            pattern, logger=marker.kwargs.get("logger", "app"), level=marker.kwargs.get("level", "WARNING")
        )
    loggers = [logging.getLogger(name) for name in WATCHED]
    for logger in loggers:
        logger.addHandler(watch)
    try:
        yield watch
    finally:
        for logger in loggers:
            logger.removeHandler(watch)
    bad = watch.unexpected()
    if bad:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in bad[:20])
        pytest.fail(
            f"unexpected log record(s) at WARNING or above ({len(bad)}); declare them with "
            f"@pytest.mark.expect_log(...) or app_log.expect(...):\n{lines}",
            pytrace=False,
        )
