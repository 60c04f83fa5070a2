"""The integration tests' OCPP fixtures (``central_factory``, ``central``, ``recorder``) from :mod:`tests.helpers.ocpp`."""

from tests.helpers.ocpp import central, central_factory, recorder

__all__ = ["central", "central_factory", "recorder"]
