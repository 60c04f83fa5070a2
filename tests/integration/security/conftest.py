"""The security tests' fixtures live in ``tests/integration/conftest_ocpp.py`` (shared with other test folders)."""

from integration.conftest_ocpp import central, central_factory, recorder  # noqa: F401
