"""The console's identity on the desktop: the window icon from resources/icons (as the .deb's menu entry) and the
desktop entry's name (Wayland and the task bar match the window to its launcher with it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.main import ICON_SIZES, ICONS, _set_identity


def test_the_window_icon_has_every_size_and_the_desktop_entry_is_named(qapp: QApplication) -> None:
    before = qapp.windowIcon(), qapp.desktopFileName()
    try:
        _set_identity(qapp)
        sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
        assert sizes == set(ICON_SIZES)  # each PNG read (a missing file would be left out)
        assert qapp.desktopFileName() == "chargedesk"
        assert (ICONS / "chargedesk.svg").read_text().startswith("<svg")
    finally:
        qapp.setWindowIcon(before[0])
        qapp.setDesktopFileName(before[1])
