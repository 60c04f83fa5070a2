"""The Configuration tab's "Report of one component" box (OCPP 2.0.1 GetReport, B08): the operator picks a
component the station reported (or types one: name, [instance], #EVSE or #EVSE.connector), optionally one of its
variables and criteria (Active, Available, Enabled, Problem), presses "Get report"; the variables the station's
NotifyReport carries refresh their rows in the table and a line says what came back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import InvalidRequest
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.config.common import EXPECTED, error_text, show_message
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.text import plain_label

if TYPE_CHECKING:
    from app.views.chargers.config.keys import ChargerConfigTab

CRITERIA = {
    "Active": QT_TRANSLATE_NOOP("ComponentReportBox", "Active"),
    "Available": QT_TRANSLATE_NOOP("ComponentReportBox", "Available"),
    "Enabled": QT_TRANSLATE_NOOP("ComponentReportBox", "Enabled"),
    "Problem": QT_TRANSLATE_NOOP("ComponentReportBox", "Problem"),
}
STATUS = {
    "EmptyResultSet": QT_TRANSLATE_NOOP(
        "ComponentReportBox", "{cp_id} has nothing that matches {component} (EmptyResultSet)."
    ),
    "Rejected": QT_TRANSLATE_NOOP("ComponentReportBox", "{cp_id} refused the report (Rejected)."),
    "NotSupported": QT_TRANSLATE_NOOP(
        "ComponentReportBox", "{cp_id} does not support these criteria (NotSupported)."
    ),
}


class ComponentReportBox(QGroupBox):
    """GetReport for one component, in the Configuration tab of a 2.0.1 station (hidden for 1.6)."""

    def __init__(self, tab: ChargerConfigTab) -> None:
        super().__init__(translate("ComponentReportBox", "Report of one component (OCPP 2.0.1)"))
        self.tab = tab
        self.component = QComboBox()
        self.component.setEditable(True)
        self.component.setMinimumWidth(220)
        line = self.component.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("ComponentReportBox", "e.g. EVSE#1 or OCPPCommCtrlr"))
        self.component.setToolTip(
            translate(
                "ComponentReportBox",
                "A component the station reported, or typed: name, [instance], #EVSE or #EVSE.connector",
            )
        )
        self.variable = QLineEdit()
        self.variable.setPlaceholderText(translate("ComponentReportBox", "all its variables"))
        self.variable.setMaxLength(110)
        self.criteria = {
            name: QCheckBox(translate("ComponentReportBox", text)) for name, text in CRITERIA.items()
        }
        self.button = QPushButton(translate("ComponentReportBox", "Get report"))
        self.button.setToolTip(
            translate("ComponentReportBox", "GetReport: the station sends the variables again")
        )
        self.button.clicked.connect(self.send)
        self.variable.returnPressed.connect(self.send)
        self.result = plain_label()
        self.result.setWordWrap(True)
        self.result.hide()
        checks = QHBoxLayout()
        for box in self.criteria.values():
            checks.addWidget(box)
        checks.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.component, 1)
        row.addWidget(self.variable, 1)
        row.addWidget(self.button)
        form = QFormLayout(self)
        form.addRow(translate("ComponentReportBox", "Component, variable"), row)
        form.addRow(translate("ComponentReportBox", "Only if"), checks)
        form.addRow(self.result)

    def fill(self, keys: list[str]) -> None:
        """The components of the reported variables (``Component#evse/Variable`` keys) to pick from."""
        typed = self.component.currentText()
        self.component.clear()
        self.component.addItems(sorted({cfg.component_of(k) for k in keys if "/" in k}))
        self.component.setEditText(typed)

    def clear(self) -> None:
        show_message(self.result, "")

    def send(self) -> None:
        tab = self.tab
        component, variable = self.component.currentText().strip(), self.variable.text().strip()
        if not component:
            show_message(
                self.result, translate("ComponentReportBox", "Pick or type a component first."), "warn"
            )
            self.component.setFocus()
            return
        if tab.cp_id is None or not tab.online:
            return
        criteria = [name for name, box in self.criteria.items() if box.isChecked()]
        generation, cp_id = tab._generation, tab.cp_id
        self.button.setEnabled(False)
        show_message(
            self.result,
            translate("ComponentReportBox", "Asking {cp_id} for {component}…").format(
                cp_id=cp_id, component=component
            ),
        )

        async def report() -> None:
            try:
                got = await tab.service.read_component(cp_id, component, variable, criteria)
            except InvalidRequest as e:
                if generation == tab._generation:
                    show_message(self.result, str(e), "error")
                return
            except EXPECTED as e:
                if generation == tab._generation:
                    show_message(
                        self.result,
                        translate("ComponentReportBox", "No report from {cp_id}: {error}").format(
                            cp_id=cp_id, error=error_text(e)
                        ),
                        "error",
                    )
                return
            finally:
                if generation == tab._generation:
                    self.button.setEnabled(tab.online)
            if generation != tab._generation:
                return
            self.shown(cp_id, component, got)

        tab._tasks.spawn(report())

    def shown(self, cp_id: str, component: str, got: cfg.ComponentReport) -> None:
        if got.status != "Accepted":
            text = STATUS.get(got.status)
            show_message(
                self.result,
                translate("ComponentReportBox", text).format(cp_id=cp_id, component=component)
                if text
                else f"{got.status}",
                "warn",
            )
            return
        self.tab.refreshed(got.entries)
        show_message(
            self.result,
            ChargerPlurals.tr(
                "%n variable(s) of {component} read again from {cp_id}.", None, len(got.entries)
            ).format(component=component, cp_id=cp_id),
            "ok",
        )


__all__: list[Any] = ["ComponentReportBox"]
