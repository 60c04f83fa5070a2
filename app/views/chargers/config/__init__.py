"""The Chargers page's "Configuration" and "Snapshots" tabs.

:class:`ChargerConfigTab` shows the charger's configuration keys as it reports them now (1.6 GetConfiguration,
2.0.1 device-model report): key, value, read-only keys greyed with a lock and not editable. A value is changed in
place (double-click or F2 in the Value column) or in the form under the table; the charger's answer is shown on
the key's row (Accepted, Rejected, RebootRequired with an offer to reset now, NotSupported, timeout, offline).
Keys can be asked for by name: the ones the charger does not know are listed.

:class:`ChargerSnapshotsTab` lists the stored snapshots of the charger; one selected shows its keys, two
selected show the difference (older → newer, changed keys highlighted); a snapshot's values can be applied to
other chargers of the same vendor and model with a choice of chargers and keys and a result per charger and key.

``keys`` (configuration keys), ``snapshots`` (snapshots, diff, apply) and what they share (``common``).
"""

from app.views.chargers.config.keys import ChargerConfigTab, ConfigModel, KeyRow
from app.views.chargers.config.snapshots import ApplySnapshotDialog, ChargerSnapshotsTab

__all__ = ["ApplySnapshotDialog", "ChargerConfigTab", "ChargerSnapshotsTab", "ConfigModel", "KeyRow"]
