"""Use cases over the database and the central system. asyncio-friendly, never Qt."""

# Installs the ORM hooks that bump the configuration stamp whenever configuration is written (see the module).
from app.services.central import config_version as _config_version  # noqa: F401
