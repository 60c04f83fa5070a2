"""Use cases over the database and the central system. asyncio-friendly, never Qt.

Importing this package has no side effects: a database is opened for the services with
:func:`app.services.store.open_database`, which installs what the services need on that database's sessions.
"""
