"""Shared test helpers and factories, imported normally (``from tests.helpers.ocpp import ...``).

``pythonpath = ["."]`` in the pytest configuration puts the repository root on ``sys.path``; nothing here inserts
paths of its own.
"""
