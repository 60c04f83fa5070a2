"""The station editor's "Set on map…": a needle to click into place and drag, coordinates that can be typed.

    dialog = pick_location(editor, editor.lat.text(), editor.lon.text(), title="Hall B",
                           map_service=services.station_map, station_id=station_id)
    dialog.location_chosen.connect(editor.set_location)     # (lat, lon) when the operator confirms
    dialog.location_removed.connect(...)                    # confirmed without a location ("Remove location")

A click on the map places the needle, dragging adjusts it; the page reports every placement through QWebChannel
and the fields follow. Typing coordinates (or pasting "47.3769, 8.5417" into either field) moves the needle.
Latitude must be within -90…90 and longitude within -180…180; a needle dragged across the date line is wrapped
back into range. The other stations are shown faintly so the needle can be placed next to them. Nothing is saved
here: the editor saves the coordinates with the rest of the station.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.station_map import StationMapService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.widgets.style import BORDER_ERROR_CSS, ERROR, MUTED_CSS, text_css

LIMITS = {
    "lat": (90.0, QT_TRANSLATE_NOOP("LocationPicker", "Latitude"), "47.3769"),
    "lon": (180.0, QT_TRANSLATE_NOOP("LocationPicker", "Longitude"), "8.5417"),
}
DECIMALS = 7  # about 1 cm
_PAIR = re.compile(r"^\s*(-?\d+\.\d+)\s*(?:[,;/]\s*|\s+)(-?\d+\.\d+)\s*$")  # "47.3769, 8.5417"


def parse_coordinate(text: str, which: str) -> tuple[float | None, str | None]:
    """(value, None), (None, None) for an empty field, or (None, what to do)."""
    limit, what, example = LIMITS[which]
    t = text.strip().replace(" ", "").replace("'", "")
    if not t:
        return None, None
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    try:
        value = float(t)
    except ValueError:
        return None, translate(
            "LocationPicker", "{what} must be a number in decimal degrees, e.g. {example}."
        ).format(what=translate("LocationPicker", what), example=example)
    if value != value or not -limit <= value <= limit:  # NaN or out of range
        if which == "lat":
            text = translate("LocationPicker", "Latitude must be between -90 (south) and 90 (north) degrees.")
        else:
            text = translate(
                "LocationPicker", "Longitude must be between -180 (west) and 180 (east) degrees."
            )
        return None, text
    return value, None


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return float(value)
    number, _problem = parse_coordinate(str(value), "lon")
    return number


class MapPickerDialog(QDialog):
    """Place a station on the map. ``location_chosen(lat, lon)`` or ``location_removed()`` when confirmed."""

    location_chosen = Signal(float, float)
    location_removed = Signal()

    def __init__(
        self,
        lat: Any = None,
        lon: Any = None,
        *,
        title: str = "",
        map_service: StationMapService | None = None,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MapPicker")
        self.setWindowTitle(
            translate("LocationPicker", "Location of {name}").format(name=title)
            if title
            else translate("LocationPicker", "Station location")
        )
        self.resize(960, 680)
        self.map_service = map_service
        self.station_id = station_id
        start_lat, start_lon = _number(lat), _number(lon)
        if (
            start_lat is None
            or start_lon is None
            or not -90 <= start_lat <= 90
            or not -180 <= start_lon <= 180
        ):
            start_lat = start_lon = None
        self.initial = (start_lat, start_lon)
        self.needle: tuple[float, float] | None = (
            (start_lat, start_lon) if start_lat is not None and start_lon is not None else None
        )
        self.removed = False
        self.last_how = ""

        lay = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("PickerHint")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        from app.views.map.web import (
            MapView,
        )  # folium and QtWebEngine: loaded when a location is first picked

        self.map = MapView("picker", self)
        self.map.setObjectName("PickerMap")
        lay.addWidget(self.map, 1)

        grid = QGridLayout()
        self.lat = QLineEdit()
        self.lat.setObjectName("PickerLat")
        self.lat.setPlaceholderText(translate("LocationPicker", "e.g. 47.3769"))
        self.lat.setToolTip(
            translate(
                "LocationPicker",
                'Latitude in decimal degrees, -90 (south) to 90 (north). Pasting "47.3769, 8.5417" fills both fields',
            )
        )
        self.lon = QLineEdit()
        self.lon.setObjectName("PickerLon")
        self.lon.setPlaceholderText(translate("LocationPicker", "e.g. 8.5417"))
        self.lon.setToolTip(
            translate("LocationPicker", "Longitude in decimal degrees, -180 (west) to 180 (east)")
        )
        self.lat_error = _error_label("PickerLatError")
        self.lon_error = _error_label("PickerLonError")
        grid.addWidget(QLabel(translate("LocationPicker", "Latitude:")), 0, 0)
        grid.addWidget(self.lat, 0, 1)
        grid.addWidget(QLabel(translate("LocationPicker", "Longitude:")), 0, 2)
        grid.addWidget(self.lon, 0, 3)
        grid.addWidget(self.lat_error, 1, 1)
        grid.addWidget(self.lon_error, 1, 3)
        self.centre_button = QPushButton(translate("LocationPicker", "Centre on needle"))
        self.centre_button.setObjectName("CentreNeedle")
        self.centre_button.setAutoDefault(False)
        self.centre_button.setToolTip(translate("LocationPicker", "Bring the needle back into view"))
        self.remove_button = QPushButton(translate("LocationPicker", "Remove location"))
        self.remove_button.setObjectName("PickerRemove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(
            translate(
                "LocationPicker", "Take the needle away: the station will have no location and leaves the map"
            )
        )
        grid.addWidget(self.centre_button, 0, 4)
        grid.addWidget(self.remove_button, 0, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        lay.addLayout(grid)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("PickerOk")
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        self.note = QLabel(translate("LocationPicker", "The address stays a free text field in the editor."))
        self.note.setStyleSheet(MUTED_CSS)
        row.addWidget(self.note, 1)
        row.addWidget(self.buttons)
        lay.addLayout(row)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.coordinates_typed)
        self.lat.textEdited.connect(self._edited)
        self.lon.textEdited.connect(self._edited)
        self.lat.editingFinished.connect(self.coordinates_typed)
        self.lon.editingFinished.connect(self.coordinates_typed)
        self.centre_button.clicked.connect(self.centre)
        self.remove_button.clicked.connect(self.remove_location)
        self.map.needle_moved.connect(self.on_needle)
        self.map.ready.connect(self._page_ready)
        self.setTabOrder(self.lat, self.lon)
        self.setTabOrder(self.lon, self.centre_button)
        self.setTabOrder(self.centre_button, self.remove_button)

        if self.needle is not None:
            self._show_fields(*self.needle)
        self._update()
        context = self._context()
        self._context_stations = context
        if self.needle is not None:
            center, zoom = self.needle, 17
        elif context:
            center = (
                sum(c["lat"] for c in context) / len(context),
                sum(c["lon"] for c in context) / len(context),
            )
            zoom = 15
        else:
            center, zoom = (30.0, 10.0), 3
        self.map.load(center=center, zoom=zoom)
        self.lat.setFocus()

    # --- the page -----------------------------------------------------------------------------------------

    def _context(self) -> list[dict[str, Any]]:
        """The other stations with a location (shown faintly)."""
        if self.map_service is None:
            return []
        rows = self.map_service.placed()
        return [
            {"id": sid, "name": name, "lat": lat, "lon": lon}
            for sid, name, lat, lon in rows
            if sid != self.station_id
        ]

    def _page_ready(self) -> None:
        if self._context_stations:
            self.map.call("setContext", self._context_stations)
        if self.needle is not None:
            self.map.call("setNeedle", self.needle[0], self.needle[1], True)
        elif self._context_stations:
            self.map.js(
                "ChargeDesk.map.fitBounds(ChargeDesk.context.getLayers().map(function (m) "
                "{ return m.getLatLng(); }), {padding: [60, 60], maxZoom: 17, animate: false})"
            )
        self.map.call("pickerReady")

    # --- needle and fields --------------------------------------------------------------------------------

    def on_needle(self, lat: float, lon: float, how: str) -> None:
        """The page placed or moved the needle (a click or a drag)."""
        lat, lon = (
            round(max(-90.0, min(90.0, lat)), DECIMALS),
            round(((lon + 180.0) % 360.0) - 180.0, DECIMALS),
        )
        self.needle = (lat, lon)
        self.removed = False
        self.last_how = how
        self._show_fields(lat, lon)
        self._update()

    def _show_fields(self, lat: float, lon: float) -> None:
        self.lat.setText(_fmt(lat))
        self.lon.setText(_fmt(lon))
        for field, label in ((self.lat, self.lat_error), (self.lon, self.lon_error)):
            _mark(field, label, None)

    def _edited(self, _text: str) -> None:
        self._typing.start()

    def _split_pair(self) -> bool:
        """ "47.3769, 8.5417" typed or pasted into either field: latitude and longitude, each in its own."""
        for field in (self.lat, self.lon):
            m = _PAIR.match(field.text())
            if m:
                self.lat.setText(m.group(1))
                self.lon.setText(m.group(2))
                return True
        return False

    def read_fields(self) -> tuple[float | None, float | None, bool]:
        """(lat, lon, ok) from the fields, marking what is wrong."""
        lat, lat_problem = parse_coordinate(self.lat.text(), "lat")
        lon, lon_problem = parse_coordinate(self.lon.text(), "lon")
        if not lat_problem and not lon_problem and (lat is None) != (lon is None):
            missing = "lat" if lat is None else "lon"
            text = (
                translate("LocationPicker", "Enter the latitude too.")
                if missing == "lat"
                else translate("LocationPicker", "Enter the longitude too.")
            )
            lat_problem, lon_problem = (text, None) if missing == "lat" else (None, text)
        _mark(self.lat, self.lat_error, lat_problem)
        _mark(self.lon, self.lon_error, lon_problem)
        return lat, lon, not lat_problem and not lon_problem

    def coordinates_typed(self) -> None:
        """Typed coordinates move the needle (when both are valid)."""
        typing = self.sender() is self._typing
        self._typing.stop()
        if any(_PAIR.match(f.text()) for f in (self.lat, self.lon)):
            if typing:
                return  # still typing "47.3769, 8.5…": wait for the field to be left
            self._split_pair()
        lat, lon, ok = self.read_fields()
        if ok and lat is not None and lon is not None:
            if self.needle != (lat, lon):
                self.needle = (lat, lon)
                self.removed = False
                self.last_how = "typed"
                self.map.call("setNeedle", lat, lon, True)
        elif ok and lat is None and lon is None and self.needle is not None:
            self.remove_location()
        self._update()

    def centre(self) -> None:
        if self.needle is not None:
            self.map.call("setNeedle", self.needle[0], self.needle[1], True)

    def remove_location(self) -> None:
        self.needle = None
        self.removed = self.initial[0] is not None
        self.lat.clear()
        self.lon.clear()
        for field, label in ((self.lat, self.lat_error), (self.lon, self.lon_error)):
            _mark(field, label, None)
        self.map.call("removeNeedle")
        self._update()

    def _update(self) -> None:
        has = self.needle is not None
        self.centre_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has:
            self.hint.setText(
                translate(
                    "LocationPicker",
                    "Drag the needle to adjust, or click elsewhere to move it. Typing coordinates below moves it too.",
                )
            )
            self.ok.setText(translate("LocationPicker", "Use this location"))
            self.ok.setEnabled(True)
        elif self.removed:
            self.hint.setText(
                translate(
                    "LocationPicker",
                    "No location: the station will leave the map. Click the map to place it again.",
                )
            )
            self.ok.setText(translate("LocationPicker", "Use no location"))
            self.ok.setEnabled(True)
        else:
            self.hint.setText(
                translate(
                    "LocationPicker",
                    "Click the map where the station is (zoom in with the mouse wheel or +), or type its coordinates "
                    "below.",
                )
            )
            self.ok.setText(translate("LocationPicker", "Use this location"))
            self.ok.setEnabled(False)

    def confirm(self) -> None:
        self._split_pair()
        lat, lon, ok = self.read_fields()
        if not ok:
            (self.lat if self.lat_error.isVisible() else self.lon).setFocus()
            return
        if lat is not None and lon is not None:
            self.needle = (lat, lon)
            self.location_chosen.emit(lat, lon)
        elif self.removed:
            self.location_removed.emit()
        else:
            return
        self.accept()


def _fmt(value: float) -> str:
    return f"{value:.{DECIMALS}f}".rstrip("0").rstrip(".")


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(text_css(ERROR))
    label.setWordWrap(True)
    label.hide()
    return label


def _mark(field: QLineEdit, label: QLabel, message: str | None) -> None:
    field.setStyleSheet(BORDER_ERROR_CSS if message else "")
    label.setText(message or "")
    label.setVisible(bool(message))


def pick_location(parent: QWidget | None, lat: Any = None, lon: Any = None, **kwargs: Any) -> MapPickerDialog:
    """Open the needle dialog (window-modal, not blocking) and return it: connect ``location_chosen(lat, lon)``
    and ``location_removed()``. ``lat``/``lon`` may be numbers or the editor's texts; keyword arguments go to
    :class:`MapPickerDialog` (``title``, ``map_service``, ``station_id``)."""
    dialog = MapPickerDialog(lat, lon, parent=parent, **kwargs)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
