"""Draw Deelwijzer's icon files from resources/icons/deelwijzer.svg (the one source).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

Writes resources/icons/deelwijzer-<size>.png for every size in ui/app_icon.py (16 to 256;
each size rendered from the SVG itself, not scaled down from a large PNG), deelwijzer.ico
(Windows: the sizes up to 256) and deelwijzer.icns (macOS). The SVG is rendered with QtSvg;
Pillow (installed with reportlab) writes the .ico and .icns. Run it again after changing
the SVG; the files it writes are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from ui.app_icon import SIZES, png_name  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "deelwijzer.svg"
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # what macOS asks for (with @2x)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG as a PNG of size × size pixels, with transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # kept for the run
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG}: not a valid SVG", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in sorted({*SIZES, *ICNS_SIZES})}
    for size in SIZES:
        (ICONS / png_name(size)).write_bytes(rendered[size])
    images = {size: Image.open(io.BytesIO(png)).convert("RGBA") for size, png in rendered.items()}
    # .ico: Pillow writes each size from the largest image given; the others are appended
    # so every size is the SVG's own rendering.
    largest = images[max(SIZES)]
    largest.save(ICONS / "deelwijzer.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES if s != max(SIZES)])
    images[1024].save(ICONS / "deelwijzer.icns", format="ICNS",
                      append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    written = [png_name(s) for s in SIZES] + ["deelwijzer.ico", "deelwijzer.icns"]
    print("written in resources/icons:", ", ".join(written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
