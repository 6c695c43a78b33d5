"""Deelwijzer's icon (resources/icons/, drawn by tools/make_icons.py from deelwijzer.svg): two
speech shapes that share one arrow, at every size the platforms ask for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from app.content.resources import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"deelwijzer-{size}.png"


def app_icon() -> QIcon:
    """The icon with a picture for each size (a 16-pixel one is drawn for 16 pixels, not
    scaled down from 256)."""
    icon = QIcon()
    for size in SIZES:
        node = resource("icons", png_name(size))
        if isinstance(node, Path):  # a file: read only when a size is drawn (start-up)
            icon.addFile(str(node), QSize(size, size))
            continue
        pixmap = QPixmap()  # inside an archive
        if pixmap.loadFromData(node.read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def pixmap(size: int) -> QPixmap:
    """The icon's picture at `size` pixels (the About dialog, the tour)."""
    return app_icon().pixmap(size, size)
