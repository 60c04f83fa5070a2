"""The Chargers page's Operations tab: :class:`ChargerOperationsTab` (``tab``) composes one form per operation
(``transactions``, ``control``, ``local_list``, ``reservations``, ``smart_charging``; their base in ``common``)."""

from app.views.chargers.operations.local_list import LocalListDialog
from app.views.chargers.operations.tab import ChargerOperationsTab, Result

__all__ = ["ChargerOperationsTab", "LocalListDialog", "Result"]
