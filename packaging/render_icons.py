"""Renders resources/icons/chargedesk.svg to the PNG sizes the desktop and the window use, and the Windows .ico:
``python packaging/render_icons.py`` after editing the SVG (the PNGs are committed; the build does not run this)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "chargedesk.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"chargedesk-{size}.png"))
        if size == 256:
            image.save(str(ICONS / "chargedesk.ico"))  # Qt's ico writer: one 256 px image, Windows scales it
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
