"""Colours, status names and small helpers shared by the pages, so that every page speaks the same language."""

from __future__ import annotations

from PySide6.QtGui import QColor

# OCPP connector statuses (1.6 ChargePointStatus; 2.0.1 ConnectorStatus maps onto them) and "Offline"
STATUS_COLOURS: dict[str, str] = {
    "Available": "#2e9d4f",
    "Preparing": "#3b82c4",
    "Charging": "#1f5fbf",
    "SuspendedEV": "#d49a1a",
    "SuspendedEVSE": "#d49a1a",
    "Finishing": "#2a9d9d",
    "Reserved": "#7a5cc2",
    "Occupied": "#1f5fbf",
    "Faulted": "#c63b3b",
    "Unavailable": "#8a8f98",
    "Offline": "#5b6068",
    "Unknown": "#8a8f98",
}

MODE_COLOURS: dict[str, str] = {"public": "#2e9d4f", "limited": "#d49a1a", "private": "#7a5cc2"}


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"]))


def badge_css(status: str) -> str:
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"])
    return f"background:{colour}; color:white; border-radius:8px; padding:2px 8px; font-weight:600;"


def format_power(watts: float | None) -> str:
    if watts is None:
        return ""
    return f"{watts / 1000:.1f} kW"


def format_energy(wh: float | None) -> str:
    if wh is None:
        return ""
    return f"{wh / 1000:.2f} kWh"
