"""The edges of text fields, check boxes and radio buttons, at 3:1 on the window (WCAG 1.4.11).

Fusion draws those edges in the window colour darkened: 2:1 in light mode, 1.2:1 on a dark
window. `ui/indicator_style.py` draws them instead, through a Python QProxyStyle — and for a
Python style PySide6 builds QStyle's Python enums, 566 members: about 10 ms, before the first
window could be painted. So the drawing lives here, without QStyle, and the first window's
fields and check box (`EarlyLineEdit`, `EarlyCheckBox`) draw their own edges over Fusion's
until the style takes over right after the first frame (ui/appearance.py). The first frame
looks as every later one: `tests/test_edges.py` compares them pixel by pixel.

A state is QStyle's `StateFlag` as a number (the names below; the test checks each against
PySide6's own value).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QLineEdit

from ui.colours import mix, plain_pen, qcolor

ENABLED, SUNKEN, NO_CHANGE, ON = 0x1, 0x4, 0x10, 0x20  # QStyle.StateFlag.State_…
HAS_FOCUS, KEYBOARD_FOCUS_CHANGE = 0x100, 0x800000

FUSION_INDICATOR = 14  # Fusion's PM_IndicatorWidth and Height at 96 dpi
_early = {"drawing": False}


def _edge(palette: QPalette, enabled: bool) -> QColor:
    """`indicator_edge`; disabled, half-way between the window and its text."""
    if enabled:
        return qcolor("indicator_edge")
    group = QPalette.ColorGroup.Disabled
    return mix(palette.color(group, QPalette.ColorRole.Window),
               palette.color(group, QPalette.ColorRole.WindowText), 0.5)


def field_edge(painter: QPainter, rect: QRect, palette: QPalette, enabled: bool) -> None:
    """The 1-pixel rounded edge of a text field, in `indicator_edge` (disabled: half-way
    between window and text). Focus is the focus ring's (ui/focus_ring.py), not the edge's."""
    edge = _edge(palette, enabled)
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.strokePath(outline, plain_pen(edge, 1))
    painter.restore()


def indicator(painter: QPainter, rect: QRect, palette: QPalette, state: int,
              radio: bool) -> None:
    """A radio button's circle or a check box's square, in `state`: edge, fill, dot or
    check mark."""
    enabled = bool(state & ENABLED)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    edge = _edge(palette, enabled)
    if state & HAS_FOCUS and state & KEYBOARD_FOCUS_CHANGE:
        edge = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    fill = palette.brush(group, QPalette.ColorRole.Base)
    mark = palette.color(group, QPalette.ColorRole.Text)
    if state & SUNKEN:  # pressed
        fill = QBrush(mix(fill.color(), mark, 0.2))
    side = min(rect.width(), rect.height()) - 1
    # On pixel centres: a 1-pixel edge between two pixels is drawn as two half-grey ones.
    box = QRectF(rect.x() + (rect.width() - side) // 2 + 0.5,
                 rect.y() + (rect.height() - side) // 2 + 0.5, side, side)
    outline = QPainterPath()
    if radio:
        outline.addEllipse(box)
    else:
        outline.addRoundedRect(box, 2, 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(outline, fill)
    painter.strokePath(outline, plain_pen(edge, 1))
    if state & (ON | NO_CHANGE):
        _mark(painter, box, mark, radio, bool(state & ON))
    painter.restore()


def _mark(painter: QPainter, box: QRectF, colour: QColor, radio: bool, on: bool) -> None:
    """The dot, the check mark or the 'partly' dash. Drawn only after a click or a key, so
    after the first frame: it may name `Qt` (ui/first_frame.py)."""
    from PySide6 import QtCore
    from PySide6.QtGui import QPen

    qt = QtCore.Qt
    if radio:
        if on:
            painter.setPen(qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(box.center(), box.width() * 0.26, box.width() * 0.26)
        return
    painter.setPen(QPen(colour, max(1.5, box.width() / 8), qt.PenStyle.SolidLine,
                        qt.PenCapStyle.RoundCap, qt.PenJoinStyle.RoundJoin))
    painter.setBrush(QBrush())
    x, y, w = box.x(), box.y(), box.width()
    if on:
        painter.drawPolyline([QPointF(x + w * 0.24, y + w * 0.52),
                              QPointF(x + w * 0.43, y + w * 0.71),
                              QPointF(x + w * 0.77, y + w * 0.31)])
    else:
        painter.drawLine(QPointF(x + w * 0.25, y + w / 2), QPointF(x + w * 0.75, y + w / 2))


# --- the first frame ------------------------------------------------------------------------


def drawing_early() -> bool:
    """True while the first window's own fields draw the edges (ui/appearance.py)."""
    return _early["drawing"]


def draw_early(on: bool) -> None:
    _early["drawing"] = on


class EarlyLineEdit(QLineEdit):
    """A QLineEdit of the first window: over Fusion's frame it draws what IndicatorStyle
    draws, until that style is in place (then it is a plain QLineEdit)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if _early["drawing"] and self.hasFrame():
            painter = QPainter(self)
            _over_fusion_field(painter, self.rect(), self.palette(), self.isEnabled())
            painter.end()


class EarlyCheckBox(QCheckBox):
    """A QCheckBox of the first window: over Fusion's box it draws IndicatorStyle's, until
    that style is in place. (Checked, pressed or focused only after the first frame; drawn
    right all the same.)"""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not _early["drawing"]:
            return
        box = early_indicator_rect(self)
        painter = QPainter(self)
        behind = QPainterPath()  # what the window shows behind the box; paths: no `Qt` enums
        behind.addRect(QRectF(box))
        painter.fillPath(behind, self.palette().window())
        state = ((ENABLED if self.isEnabled() else 0) | (SUNKEN if self.isDown() else 0)
                 | (ON if self.isChecked() else 0))
        indicator(painter, box, self.palette(), state, radio=False)
        painter.end()


def early_indicator_rect(box: QCheckBox) -> QRect:
    """Where Fusion puts a check box's indicator (QCommonStyle's SE_CheckBoxIndicator with
    Fusion's size), worked out without asking the style."""
    side = int(FUSION_INDICATOR * box.logicalDpiY() / 96)
    return QRect(0, (box.height() - side) // 2, side, side)


def _over_fusion_field(painter: QPainter, rect: QRect, palette: QPalette,
                       enabled: bool) -> None:
    """Fusion's frame made into IndicatorStyle's: the pixel ring inside the edge back to the
    field's colour (Fusion puts its inner shadow and focus glow there), the corners as Fusion's
    panel leaves them on the window, then the edge. Measured: at most one colour step from the
    style's own drawing, at the corners. Paths throughout: QPainter.fillRect's overloads
    would have PySide6 build the `Qt` enums (ui/first_frame.py)."""
    width, height = rect.width(), rect.height()
    ring = QPainterPath()
    for x, y, w, h in ((1, 1, width - 2, 1), (1, height - 2, width - 2, 1),  # not overlapping:
                       (1, 2, 1, height - 4), (width - 2, 2, 1, height - 4)):  # odd-even fill
        ring.addRect(x, y, w, h)
    corners = QPainterPath()
    for x, y in ((0, 0), (width - 3, 0), (0, height - 3), (width - 3, height - 3)):
        corners.addRect(x, y, 3, 3)
    panel = QPainterPath()
    panel.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    base = palette.brush(QPalette.ColorRole.Base)
    painter.fillPath(ring, base)
    painter.fillPath(corners, palette.brush(QPalette.ColorRole.Window))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(corners.intersected(panel), base)
    painter.restore()
    field_edge(painter, rect, palette, enabled)
