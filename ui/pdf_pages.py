"""PDF pages from bytes in memory, with pypdfium2 (imported on first use, not at start-up):
rendered to images for the preview, and painted on a QPrinter for Afdrukken. Nothing is
written to disk; a page is rendered, used and let go one at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp on paper; an A4 page is then 26 MB in memory, one page at a time


def render(doc: Any, index: int, width: int) -> QImage:
    """Page `index` of a pypdfium2 document as an image `width` pixels wide."""
    page = doc[index]
    try:
        points, _height = page.get_size()
        bitmap = page.render(scale=width / points, rev_byteorder=True)  # RGB(A) byte order
        try:
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 \
                else QImage.Format.Format_RGB888
            return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                          fmt).copy()  # our own copy: the bitmap's memory is PDFium's
        finally:
            bitmap.close()
    finally:
        page.close()


def page_text(doc: Any, index: int) -> str:
    page = doc[index]
    try:
        text = page.get_textpage()
        try:
            return str(text.get_text_bounded())
        finally:
            text.close()
    finally:
        page.close()


def open_pdf(pdf: bytes) -> Any:
    """A pypdfium2 document over bytes in memory (imported here: not at start-up)."""
    import pypdfium2

    return pypdfium2.PdfDocument(pdf)


def print_pdf(pdf: bytes, printer: QPrinter, pages: list[int]) -> int:
    """Paint `pages` (0-based) of the PDF on the printer, each fitted to the paper; one job.
    Returns the number of sheets sent. Raises OSError when the printer cannot be started."""
    doc = open_pdf(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError("printer")
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dpi = min(printer.resolution(), PRINT_DPI)
        paper = QRectF(printer.paperRect(printer.Unit.DevicePixel))
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        sheets = 0
        for _copy in range(copies):
            for index in pages:
                if sheets:
                    printer.newPage()
                points, _height = doc.get_page_size(index)
                image = render(doc, index, round(points / 72 * dpi))
                size = QSizeF(image.size()).scaled(paper.size(),
                                                   Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(paper.left() + (paper.width() - size.width()) / 2,
                                paper.top() + (paper.height() - size.height()) / 2,
                                size.width(), size.height())
                painter.drawImage(target, image)
                sheets += 1
        painter.end()  # the job goes to the spooler (or the file) here
        return sheets
    except BaseException:
        if painter.isActive():
            printer.abort()  # no half a document on the printer
            painter.end()
        raise
    finally:
        doc.close()
