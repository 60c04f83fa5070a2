"""The Chargers page's "Snapshots" tab: the stored snapshots of the charger's configuration; one selected shows its
keys, two selected show the difference (older → newer, changed keys highlighted); a snapshot's values can be
applied to other chargers of the same vendor and model with a choice of chargers and keys and a result per charger
and key (:class:`ApplySnapshotDialog`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import (
    InvalidRequest,
)
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import NotAllowed
from app.views.chargers.config.common import (
    ANSWER_COLOURS,
    EXPECTED,
    GREY,
    answer_text,
    empty_state,
    error_text,
    local_time,
    lock_icon,
    show_message,
    shown_tasks,
    shown_value,
    snapshot_title,
)
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.style import ADDED_BG, CHANGED_BG, ERROR, INK_STRONG, MUTED_CSS, REMOVED_BG
from app.views.widgets.text import plain_label, rich, tip

# --- Snapshots tab -----------------------------------------------------------------------------------------

CHANGE_COLOURS = {"changed": CHANGED_BG, "added": ADDED_BG, "removed": REMOVED_BG}
CHANGES = {
    "changed": QT_TRANSLATE_NOOP("ChargerSnapshotsTab", "changed"),
    "added": QT_TRANSLATE_NOOP("ChargerSnapshotsTab", "added"),
    "removed": QT_TRANSLATE_NOOP("ChargerSnapshotsTab", "removed"),
}


def diff_summary(d: cfg.SnapshotDiff) -> str:
    summary = translate(
        "ChargerSnapshotsTab",
        "{changed} changed, {added} added, {removed} removed, {unchanged} unchanged",
    ).format(changed=len(d.changed), added=len(d.added), removed=len(d.removed), unchanged=d.unchanged)
    if d.is_empty:
        return translate("ChargerSnapshotsTab", "{summary} — the same configuration").format(summary=summary)
    return summary


class ChargerSnapshotsTab(QWidget):
    """Snapshots of the selected charger's configuration: take, list, compare two, apply to others."""

    title = "Snapshots"
    snapshot_taken = Signal(object)  # SnapshotInfo

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.central = service, bridge, central
        self.cp_id: str | None = None
        self.snapshots: list[cfg.SnapshotInfo] = []
        self.current_diff: cfg.SnapshotDiff | None = None
        self._generation = 0
        self._tasks = shown_tasks(self)
        self._dialog: ApplySnapshotDialog | None = None
        self._confirm: QMessageBox | None = None

        self.empty = empty_state(
            translate("ChargerSnapshotsTab", "Select a charger to see the snapshots of its configuration.")
        )

        self.label = QLineEdit()
        self.label.setPlaceholderText(
            translate("ChargerSnapshotsTab", "Label (optional), e.g. before firmware 2.1")
        )
        self.label.setMaxLength(cfg.LABEL_MAX)
        self.label.returnPressed.connect(self.take)
        self.take_button = QPushButton(translate("ChargerSnapshotsTab", "Take snapshot"))
        self.take_button.setToolTip(
            translate("ChargerSnapshotsTab", "Read every key from the charger now and store it")
        )
        self.take_button.clicked.connect(self.take)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.take_button)

        self.list = QTableWidget(0, 4)
        self.list.setHorizontalHeaderLabels(
            [
                translate("ChargerSnapshotsTab", "Taken"),
                translate("ChargerSnapshotsTab", "Label"),
                translate("ChargerSnapshotsTab", "Keys"),
                translate("ChargerSnapshotsTab", "Firmware"),
            ]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(24)
        self.list.setToolTip(
            translate(
                "ChargerSnapshotsTab", "Select one snapshot to see its keys, two (Ctrl+click) to compare them"
            )
        )
        lh = self.list.horizontalHeader()
        lh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.apply_button = QPushButton(
            translate("ChargerSnapshotsTab", "Apply to chargers of the same model…")
        )
        self.apply_button.setToolTip(
            translate(
                "ChargerSnapshotsTab",
                "Send the selected snapshot's values to other chargers of the same vendor and model (you choose the chargers and keys)",
            )
        )
        self.apply_button.clicked.connect(self.open_apply)
        self.delete_button = QPushButton(translate("ChargerSnapshotsTab", "Delete"))
        self.delete_button.setToolTip(
            translate("ChargerSnapshotsTab", "Delete the selected snapshots (the chargers are not touched)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.apply_button, 1)
        left_buttons.addWidget(self.delete_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(translate("ChargerSnapshotsTab", "Snapshots, newest first")))
        ll.addWidget(self.list, 1)
        ll.addLayout(left_buttons)

        self.diff_title = plain_label()
        self.diff_title.setStyleSheet("font-weight:600;")
        self.diff_title.setWordWrap(True)
        self.diff_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.only_changes = QCheckBox(translate("ChargerSnapshotsTab", "Only differences"))
        self.only_changes.setChecked(True)
        self.only_changes.setToolTip(
            translate("ChargerSnapshotsTab", "Hide the keys that are the same in both snapshots")
        )
        self.only_changes.toggled.connect(lambda *_: self._show_selection())
        self.summary = plain_label()  # the charger's vendor, model and firmware
        self.summary.setStyleSheet(MUTED_CSS)
        self.diff_table = QTableWidget(0, 4)
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_table.verticalHeader().hide()
        self.diff_table.setAlternatingRowColors(False)
        self.diff_table.verticalHeader().setDefaultSectionSize(24)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.diff_title)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.only_changes)
        rl.addLayout(head)
        rl.addWidget(self.diff_table, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 640])

        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QWidget()
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(top)
        bl.addWidget(split, 1)
        bl.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addWidget(self.empty)
        outer.addWidget(self.body)
        if bridge is not None:
            bridge.connected.connect(self._presence_changed)
            bridge.disconnected.connect(self._presence_changed)
        self.set_charger(None)

    def set_charger(self, cp_id: str | None) -> None:
        self._generation += 1
        self.cp_id = cp_id
        self.snapshots = []
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        show_message(self.message, "")
        self.reload()

    def reload(self) -> None:
        if self.cp_id is None:
            self.snapshots = []
            self.list.setRowCount(0)
            return
        keep = self.selected_ids() if self.snapshots else []
        self.snapshots = self.service.snapshots(self.cp_id)
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.snapshots))
        for i, s in enumerate(self.snapshots):
            cells = [local_time(s.taken_at), s.label or "—", str(s.key_count), s.firmware_version or "—"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if c == 0:
                    item.setToolTip(
                        tip(
                            f"{snapshot_title(s)}\n{s.vendor} {s.model}, OCPP {s.ocpp_version}"
                            + (
                                translate("ChargerSnapshotsTab", ", taken by {actor}").format(actor=s.actor)
                                if s.actor
                                else ""
                            )
                        )
                    )
                self.list.setItem(i, c, item)
        self.list.blockSignals(False)
        self._update_take()
        still = [i for i in keep if any(s.id == i for s in self.snapshots)]
        self.list.blockSignals(True)
        if still:
            self.select_snapshots(*still)
        elif self.snapshots:
            self.list.selectRow(0)
        self.list.blockSignals(False)
        self._selection_changed()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.cp_id is not None:
            self.reload()

    def _presence_changed(self, event: Any) -> None:
        if event.cp_id == self.cp_id:
            self._update_take()

    def _update_take(self) -> None:
        online = self.cp_id is not None and bool(self.central.is_connected(self.cp_id))
        self.take_button.setEnabled(online)
        self.take_button.setToolTip(
            translate("ChargerSnapshotsTab", "Read every key from the charger now and store it")
            if online
            else translate("ChargerSnapshotsTab", "The charger is offline: a snapshot needs it connected")
        )

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectedIndexes()})
        return [self.snapshots[r].id for r in rows if r < len(self.snapshots)]

    def select_snapshots(self, *ids: int) -> None:
        self.list.clearSelection()
        mode = self.list.selectionMode()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for i, s in enumerate(self.snapshots):
            if s.id in ids:
                self.list.selectRow(i)
        self.list.setSelectionMode(mode)

    # --- taking ----------------------------------------------------------------------------------------

    def take(self) -> None:
        if self.cp_id is None or not self.take_button.isEnabled():
            return
        cp_id, generation, label = self.cp_id, self._generation, self.label.text().strip()
        self.take_button.setEnabled(False)
        show_message(
            self.message,
            translate("ChargerSnapshotsTab", "Reading the configuration of {cp_id}…").format(cp_id=cp_id),
            "info",
        )

        async def take() -> None:
            try:
                info = await self.service.take_snapshot(cp_id, label)
            except EXPECTED as e:
                if generation == self._generation:
                    show_message(
                        self.message,
                        translate("ChargerSnapshotsTab", "No snapshot taken: {error}").format(
                            error=error_text(e)
                        ),
                        "error",
                    )
                    self._update_take()
                return
            if generation != self._generation:
                return
            self.label.clear()
            self.reload()
            self.select_snapshots(info.id)  # the new one, shown
            show_message(
                self.message,
                ChargerPlurals.tr("Snapshot of %n key(s) stored ({snapshot}).", None, info.key_count).format(
                    snapshot=snapshot_title(info)
                ),
                "ok",
            )
            self.snapshot_taken.emit(info)

        self._tasks.spawn(take())

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        n = len(ids)
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the charger's id is the charger's own text
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ChargerSnapshotsTab", "Delete snapshots"))
        box.setText(
            ChargerPlurals.tr(
                "Delete %n snapshot(s) of {cp_id}? The charger is not touched.",
                None,
                n,
            ).format(cp_id=self.cp_id)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete = box.addButton(
            translate("ChargerSnapshotsTab", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda *_: self._delete(ids) if box.clickedButton() is delete else None)
        self._confirm = box
        box.open()

    def _delete(self, ids: list[int]) -> None:
        for sid in ids:
            try:
                self.service.delete_snapshot(sid)
            except cfg.SnapshotNotFound:
                pass
            except NotAllowed as e:
                show_message(
                    self.message,
                    translate("ChargerSnapshotsTab", "Not deleted: {error}.").format(error=e),
                    "error",
                )
                return
        self.reload()
        show_message(
            self.message,
            ChargerPlurals.tr("Deleted %n snapshot(s).", None, len(ids)),
            "ok",
        )

    # --- showing -----------------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.apply_button.setEnabled(len(ids) == 1)
        self.delete_button.setEnabled(bool(ids))
        self.only_changes.setEnabled(len(ids) == 2)
        self.apply_button.setToolTip(
            translate(
                "ChargerSnapshotsTab",
                "Send this snapshot's values to chargers of the same vendor and model (you choose the chargers and keys)",
            )
            if len(ids) == 1
            else translate("ChargerSnapshotsTab", "Select one snapshot to apply its values")
        )
        self._show_selection()

    def _show_selection(self) -> None:
        ids = self.selected_ids()
        self.current_diff = None
        self.diff_table.setRowCount(0)
        if not ids:
            self.diff_title.setText(
                translate("ChargerSnapshotsTab", "No snapshot yet: take one above.")
                if not self.snapshots
                else translate(
                    "ChargerSnapshotsTab", "Select a snapshot to see its keys, or two to compare them."
                )
            )
            self.summary.setText("")
            self.diff_table.setColumnCount(0)
            return
        try:
            if len(ids) == 1:
                self._show_one(self.service.snapshot(ids[0]))
            elif len(ids) == 2:
                a, b = (self.service.snapshot(i) for i in ids)
                if (a.info.taken_at, a.id) > (b.info.taken_at, b.id):
                    a, b = b, a
                self._show_diff(a, b)
            else:
                self.diff_title.setText(
                    translate("ChargerSnapshotsTab", "Select at most two snapshots to compare.")
                )
                self.summary.setText("")
        except cfg.SnapshotNotFound as e:
            show_message(
                self.message,
                translate("ChargerSnapshotsTab", "{error}. The list was refreshed.").format(error=e),
                "warn",
            )
            self.reload()

    def _columns(self, labels: list[str], stretch: tuple[int, ...]) -> None:
        self.diff_table.setColumnCount(len(labels))
        self.diff_table.setHorizontalHeaderLabels(labels)
        header = self.diff_table.horizontalHeader()
        for c in range(len(labels)):
            header.setSectionResizeMode(
                c, QHeaderView.ResizeMode.Stretch if c in stretch else QHeaderView.ResizeMode.ResizeToContents
            )

    def _show_one(self, snap: cfg.Snapshot) -> None:
        self.diff_title.setText(
            translate("ChargerSnapshotsTab", "Snapshot {snapshot_title}").format(
                snapshot_title=snapshot_title(snap.info)
            )
        )
        ro = sum(e.readonly for e in snap.entries.values())
        self.summary.setText(
            ChargerPlurals.tr(
                "%n key(s) ({ro} read-only), {vendor} {model}, firmware {firmware}. Ctrl+click a second snapshot to compare.",
                None,
                len(snap.entries),
            ).format(
                ro=ro,
                vendor=snap.info.vendor,
                model=snap.info.model,
                firmware=snap.info.firmware_version or "?",
            )
        )
        self._columns(
            [
                translate("ChargerSnapshotsTab", "Key"),
                translate("ChargerSnapshotsTab", "Access"),
                translate("ChargerSnapshotsTab", "Value"),
            ],
            stretch=(2,),
        )
        lock = lock_icon()
        self.diff_table.setRowCount(len(snap.entries))
        for i, e in enumerate(snap.entries.values()):
            key = QTableWidgetItem(e.key)
            if e.readonly:
                key.setIcon(lock)
            cells = [
                key,
                QTableWidgetItem(
                    translate("ChargerSnapshotsTab", "read-only")
                    if e.readonly
                    else translate("ChargerSnapshotsTab", "read-write")
                ),
                QTableWidgetItem(shown_value(e.key, e.value)),
            ]
            for c, item in enumerate(cells):
                if e.readonly:
                    item.setForeground(GREY)
                self.diff_table.setItem(i, c, item)

    def _show_diff(self, a: cfg.Snapshot, b: cfg.Snapshot) -> None:
        d = cfg.diff(a, b)
        self.current_diff = d
        self.diff_title.setText(
            translate("ChargerSnapshotsTab", "Before: {before}  →  After: {after}").format(
                before=snapshot_title(a.info), after=snapshot_title(b.info)
            )
        )
        self.summary.setText(diff_summary(d))
        self._columns(
            [
                translate("ChargerSnapshotsTab", "Key"),
                translate("ChargerSnapshotsTab", "Change"),
                translate("ChargerSnapshotsTab", "Before"),
                translate("ChargerSnapshotsTab", "After"),
            ],
            stretch=(2, 3),
        )
        for column, info in ((2, a.info), (3, b.info)):
            header_item = self.diff_table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip(snapshot_title(info)))
        rows: list[tuple[str, str, cfg.ConfigEntry | None, cfg.ConfigEntry | None]] = []
        for key in sorted(set(a.entries) | set(b.entries)):
            if key in d.changed:
                rows.append((key, "changed", *d.changed[key]))
            elif key in d.added:
                rows.append((key, "added", None, d.added[key]))
            elif key in d.removed:
                rows.append((key, "removed", d.removed[key], None))
            elif not self.only_changes.isChecked():
                rows.append((key, "", a.entries[key], b.entries[key]))
        self.diff_table.setRowCount(len(rows))

        def text(e: cfg.ConfigEntry | None) -> str:
            if e is None:
                return translate("ChargerSnapshotsTab", "(not reported)")
            if e.readonly:
                return translate("ChargerSnapshotsTab", "{value}  [read-only]").format(
                    value=shown_value(e.key, e.value)
                )
            return shown_value(e.key, e.value)

        for i, (key, change, old, new) in enumerate(rows):
            cells = [
                QTableWidgetItem(key),
                QTableWidgetItem(translate("ChargerSnapshotsTab", CHANGES[change]) if change else ""),
                QTableWidgetItem(text(old)),
                QTableWidgetItem(text(new)),
            ]
            for c, item in enumerate(cells):
                if change:
                    item.setBackground(QColor(CHANGE_COLOURS[change]))
                    item.setForeground(QColor(INK_STRONG))
                if c == 3 and change == "changed":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.diff_table.setItem(i, c, item)

    # --- applying ------------------------------------------------------------------------------------------

    def open_apply(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.cp_id is None:
            return
        try:
            snap = self.service.snapshot(ids[0])
        except cfg.SnapshotNotFound as e:
            show_message(
                self.message,
                translate("ChargerSnapshotsTab", "{error}. The list was refreshed.").format(error=e),
                "warn",
            )
            self.reload()
            return
        self._dialog = ApplySnapshotDialog(self.service, snap, self)
        self._dialog.open()


class ApplySnapshotDialog(QDialog):
    """Choose chargers of the same model and keys, apply, see the answer per charger and key."""

    applied = Signal(object)  # ApplyReport

    def __init__(
        self, service: ChargersService, snapshot: cfg.Snapshot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.snapshot = service, snapshot
        self.report: cfg.ApplyReport | None = None
        self._tasks = shown_tasks(self)
        info = snapshot.info
        self.setWindowTitle(
            translate("ApplySnapshotDialog", "Apply snapshot of {charge_point_id}").format(
                charge_point_id=info.charge_point_id
            )
        )
        when = snapshot_title(info)
        self.resize(980, 640)

        secrets = [k for k in snapshot.entries if cfg.is_secret_key(k)]
        # the charger's id, vendor and model (and the label) are charger- or user-supplied text: escaped
        text = translate(
            "ApplySnapshotDialog",
            "Send the values of <b>{cp_id}</b>'s snapshot {when} to chargers of the same model "
            "(<b>{vendor} {model}</b>). Read-only keys are never sent; keys that already have the value are "
            "left alone.",
        ).format(
            cp_id=html.escape(info.charge_point_id),
            when=html.escape(when),
            vendor=html.escape(info.vendor),
            model=html.escape(info.model),
        )
        if secrets:
            text += " " + translate("ApplySnapshotDialog", "{keys}: skipped, {why}.").format(
                keys=html.escape(", ".join(secrets)),
                why=html.escape(translate("ConfigSnapshots", cfg.SECRET_SKIPPED)),
            )
        intro = QLabel(text)
        rich(intro)
        intro.setWordWrap(True)

        self.peers = service.chargers_of_same_model(info.charge_point_id, include_self=True)
        self.chargers = QListWidget()
        for p in self.peers:
            own = p.cp_id == info.charge_point_id
            text = translate(
                "ApplySnapshotDialog", "{cp_id}  —  {station}, firmware {firmware}, {state}"
            ).format(
                cp_id=p.cp_id,
                station=p.station_name or translate("ApplySnapshotDialog", "no station"),
                firmware=p.firmware_version or "?",
                state=translate("ApplySnapshotDialog", "online")
                if p.online
                else translate("ApplySnapshotDialog", "offline"),
            )
            if own:
                text = translate("ApplySnapshotDialog", "{charger}  (source)").format(charger=text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.cp_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.online and not own else Qt.CheckState.Unchecked)
            if own:
                item.setToolTip(
                    translate(
                        "ApplySnapshotDialog",
                        "The snapshot's own charger: applying restores the snapshot's values on it",
                    )
                )
            if not p.online:
                item.setForeground(GREY)
                item.setToolTip(
                    translate(
                        "ApplySnapshotDialog", "Offline: its keys will be reported 'offline', nothing is sent"
                    )
                )
            self.chargers.addItem(item)
        if not self.peers:
            self.chargers.addItem(
                QListWidgetItem(translate("ApplySnapshotDialog", "No other charger of this model is known."))
            )
        self.chargers.itemChanged.connect(lambda *_: self._update_apply())

        self.keys = QListWidget()
        lock = lock_icon()
        for e in snapshot.entries.values():
            item = QListWidgetItem(f"{e.key} = {shown_value(e.key, e.value)}")
            item.setData(Qt.ItemDataRole.UserRole, e.key)
            if cfg.is_secret_key(e.key):
                item.setText(
                    translate("ApplySnapshotDialog", "{key} = {shown_value} — skipped: a password").format(
                        key=e.key, shown_value=shown_value(e.key, e.value)
                    )
                )
                item.setIcon(lock)
                off = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(item.flags() & ~off)
                item.setToolTip(
                    translate("ApplySnapshotDialog", "Skipped: {why}.").format(
                        why=translate("ConfigSnapshots", cfg.SECRET_SKIPPED)
                    )
                )
            elif e.readonly:
                item.setIcon(lock)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(translate("ApplySnapshotDialog", "Read-only: not sent"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.keys.addItem(item)
        self.keys.itemChanged.connect(lambda *_: self._update_apply())
        all_keys = QPushButton(translate("ApplySnapshotDialog", "All"))
        all_keys.clicked.connect(lambda: self._check_keys(True))
        no_keys = QPushButton(translate("ApplySnapshotDialog", "None"))
        no_keys.clicked.connect(lambda: self._check_keys(False))

        charger_box = QGroupBox(translate("ApplySnapshotDialog", "Chargers"))
        cl = QVBoxLayout(charger_box)
        cl.addWidget(self.chargers)
        key_box = QGroupBox(translate("ApplySnapshotDialog", "Keys"))
        kl = QVBoxLayout(key_box)
        kl.addWidget(self.keys)
        kb = QHBoxLayout()
        kb.addWidget(all_keys)
        kb.addWidget(no_keys)
        kb.addStretch(1)
        kl.addLayout(kb)
        choose = QHBoxLayout()
        choose.addWidget(charger_box, 1)
        choose.addWidget(key_box, 1)

        self.results = QTableWidget(0, 0)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.hide()
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            translate("ApplySnapshotDialog", "Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setToolTip(
            translate("ApplySnapshotDialog", "Send the checked keys to the checked chargers")
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(choose, 2)
        lay.addWidget(self.results, 2)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self._update_apply()

    def _check_keys(self, on: bool) -> None:
        for i in range(self.keys.count()):
            item = self.keys.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self, widget: QListWidget) -> list[str]:
        out = []
        for i in range(widget.count()):
            item = widget.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, widget: QListWidget, values: list[str]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                on = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _update_apply(self) -> None:
        chargers, keys = self.checked(self.chargers), self.checked(self.keys)
        self.apply_button.setEnabled(bool(chargers and keys))
        if not chargers:
            show_message(
                self.message, translate("ApplySnapshotDialog", "Check at least one charger."), "info"
            )
        elif not keys:
            show_message(self.message, translate("ApplySnapshotDialog", "Check at least one key."), "info")
        else:
            show_message(
                self.message,
                translate("ApplySnapshotDialog", "{keys} to {chargers}.").format(
                    keys=ChargerPlurals.tr("%n key(s)", None, len(keys)),
                    chargers=ChargerPlurals.tr("%n charger(s)", None, len(chargers)),
                ),
                "info",
            )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.apply_button.isEnabled():
                self.apply()
            return
        super().keyPressEvent(event)

    def apply(self) -> None:
        chargers, keys = self.checked(self.chargers), self.checked(self.keys)
        if not chargers or not keys:
            return
        self.apply_button.setEnabled(False)
        show_message(
            self.message,
            translate("ApplySnapshotDialog", "Sending to {items}…").format(items=", ".join(chargers)),
            "info",
        )

        async def run() -> None:
            try:
                report = await self.service.apply_snapshot(self.snapshot.id, chargers, keys)
            except (InvalidRequest, cfg.SnapshotNotFound, NotAllowed) as e:
                show_message(
                    self.message,
                    translate("ApplySnapshotDialog", "Nothing sent: {error}").format(error=e),
                    "error",
                )
                self._update_apply()
                return
            self.report = report
            self._show(report, keys)
            self.apply_button.setEnabled(True)
            self.applied.emit(report)

        self._tasks.spawn(run())

    def _show(self, report: cfg.ApplyReport, keys: list[str]) -> None:
        cps = list(report.results)
        self.results.setColumnCount(1 + len(cps))
        self.results.setHorizontalHeaderLabels([translate("ApplySnapshotDialog", "Key"), *cps])
        self.results.setRowCount(len(keys))
        for i, key in enumerate(keys):
            self.results.setItem(i, 0, QTableWidgetItem(key))
            for c, cp in enumerate(cps, start=1):
                r = report.results[cp].get(key)
                item = QTableWidgetItem(answer_text(r.status) if r else "")
                if r is not None:
                    item.setForeground(QColor(ANSWER_COLOURS.get(r.status, ERROR)))
                    item.setToolTip(tip(r.detail or r.status))
                self.results.setItem(i, c, item)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, len(cps) + 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.results.show()
        bad = sum(
            1
            for cp in cps
            for r in report.results[cp].values()
            if r.status not in (cfg.ACCEPTED, cfg.UNCHANGED, cfg.REBOOT_REQUIRED, cfg.READ_ONLY, cfg.SECRET)
        )
        reboot = [
            cp for cp in cps if any(r.status == cfg.REBOOT_REQUIRED for r in report.results[cp].values())
        ]
        counts: dict[str, int] = {}
        for cp in cps:
            for r in report.results[cp].values():
                counts[r.status] = counts.get(r.status, 0) + 1
        tally = ", ".join(f"{n} {answer_text(st).split(' — ')[0]}" for st, n in sorted(counts.items()))
        parts = [ChargerPlurals.tr("Done: %n charger ({tally}).", None, len(cps)).format(tally=tally)]
        if bad:
            parts.append(
                ChargerPlurals.tr(
                    "%n key(s) not applied (see the table; hover for details).",
                    None,
                    bad,
                )
            )
        if reboot:
            parts.append(
                translate(
                    "ApplySnapshotDialog", "Reboot needed on {chargers} for some values to take effect."
                ).format(chargers=", ".join(reboot))
            )
        show_message(self.message, " ".join(parts), "error" if bad else "warn" if reboot else "ok")
