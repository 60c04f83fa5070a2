"""Use cases over the database and the central system. asyncio-friendly, never Qt."""
