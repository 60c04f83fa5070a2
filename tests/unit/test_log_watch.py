"""The helper that fails a test on an unexpected WARNING log record (tests/helpers/logs.py)."""

from __future__ import annotations

import logging

import pytest

from tests.helpers.logs import AppLogWatch


def _record(name: str, level: int, message: str) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, None, None)


def test_undeclared_warnings_are_unexpected_declared_ones_are_not() -> None:
    watch = AppLogWatch()
    watch.emit(_record("app.ocpp.chargepoint", logging.WARNING, "CP-1: answer to an unknown call x ignored"))
    watch.emit(_record("app.services.central.store", logging.ERROR, "pricing session 1 failed"))
    assert len(watch.unexpected()) == 2

    watch.expect(r"answer to an unknown call", logger="app.ocpp")  # the logger and its children
    assert [r.getMessage() for r in watch.unexpected()] == ["pricing session 1 failed"]

    watch.expect(r"pricing session \d+ failed", logger="app.services.central.store")  # WARNING by default
    assert len(watch.unexpected()) == 1  # an ERROR needs level="ERROR"
    watch.expect(r"pricing session \d+ failed", logger="app.services.central.store", level="ERROR")
    assert watch.unexpected() == []


def test_a_declaration_is_for_its_logger_and_pattern_only() -> None:
    watch = AppLogWatch()
    watch.expect("disk full", logger="app.services")
    watch.emit(_record("app.servicesX", logging.WARNING, "disk full"))  # not a child of app.services
    watch.emit(_record("app.services.reports", logging.WARNING, "network down"))
    watch.emit(_record("chargedesk", logging.WARNING, "disk full"))
    assert len(watch.unexpected()) == 3


def test_the_fixture_sees_app_loggers_at_warning_and_above(app_log: AppLogWatch) -> None:
    logging.getLogger("app.test").info("not watched: below WARNING")
    logging.getLogger("other.library").warning("not watched: not ours")
    app_log.expect("expected here", logger="app.test")
    logging.getLogger("app.test").warning("expected here")
    logging.getLogger("chargedesk").error("the CLI's logger is watched too")
    assert [r.getMessage() for r in app_log.unexpected()] == ["the CLI's logger is watched too"]
    app_log.records.clear()  # (what the test declared is fine; the CLI record was only for this check)


@pytest.mark.expect_log("marked", logger="app.test")
def test_a_marker_declares_an_expected_record(app_log: AppLogWatch) -> None:
    logging.getLogger("app.test.child").warning("marked as expected")
    assert app_log.unexpected() == [] and len(app_log.records) == 1
