"""Controls the operator's role does not allow, kept disabled.

The services refuse such a change anyway (:class:`~app.services.roles.NotAllowed`); this only spares the operator
a button that can only fail. A page enables and disables its buttons by its own logic (a Save when something
changed, a Delete when a row is selected): the gate watches each guarded widget's enabled state and turns it off
again while the permission is missing, and gives it back when another operator logs in who has it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from app.services.roles import Permission, Principal


class PermissionGate(QObject):
    def __init__(self, principal: Callable[[], Principal], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._principal = principal
        self._guarded: dict[QWidget, Permission] = {}
        self._wanted: dict[QWidget, bool] = {}  # what the page last asked for, while blocked
        self._tooltips: dict[QWidget, str] = {}

    def guard(self, permission: Permission, *widgets: QWidget) -> None:
        for w in widgets:
            if w in self._guarded:
                continue
            self._guarded[w] = permission
            self._tooltips[w] = w.toolTip()
            w.installEventFilter(self)
            w.destroyed.connect(lambda _o=None, w=w: self._forget(w))
            self._apply_one(w)

    def allowed(self, permission: Permission) -> bool:
        return self._principal().can(permission)

    def apply(self) -> None:
        """After a log-in: each guarded widget as the new operator's role allows."""
        for w in list(self._guarded):
            self._apply_one(w)

    def _apply_one(self, w: QWidget) -> None:
        permission = self._guarded[w]
        if self.allowed(permission):
            if w in self._wanted:
                wanted = self._wanted.pop(w)
                w.setEnabled(wanted)
            w.setToolTip(self._tooltips[w])
        else:
            if w not in self._wanted:
                self._wanted[w] = w.isEnabled()
            w.setEnabled(False)
            w.setToolTip(permission.refusal.format(operator=self._principal().label))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(obj, QWidget) and obj in self._guarded:
            if obj.isEnabled() and not self.allowed(self._guarded[obj]):
                self._wanted[obj] = True
                obj.setEnabled(False)
        return False

    def _forget(self, w: QWidget) -> None:
        self._guarded.pop(w, None)
        self._wanted.pop(w, None)
        self._tooltips.pop(w, None)


__all__ = ["PermissionGate"]
