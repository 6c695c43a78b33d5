"""Fusion, with text fields, spin boxes, check boxes and radio buttons whose edges read at 3:1
on the window (WCAG 1.4.11; the drawing is ui/edges.py's).

Fusion draws those edges in the window colour darkened: on a dark window that is 1.2:1, and in
light mode 2:1. No palette role fixes it: the edge is always darker than the window it is
drawn on, and a Base light enough to stand out (the fill, but also every text field's
background) would make the text fields mid-grey. So these are drawn here, plainly: edge,
fill, dot or check mark; the rest is Fusion's own.

Imported only once it is needed: a Python QStyle has PySide6 build QStyle's 566 enum members
(~10 ms), so on Fusion the style follows the first frame (ui/appearance.py, ui/edges.py).
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from ui import edges


class IndicatorStyle(QProxyStyle):
    """Fusion with Deelwijzer's edges for text fields, spin boxes, check boxes and radio
    buttons."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        # Called for every primitive of every widget painted: the ones drawn here are
        # looked up in a set made once, the rest go straight to Fusion.
        if element not in _OWN_PRIMITIVES:
            super().drawPrimitive(element, option, painter, widget)
        elif element is _RADIO or element is _CHECK_BOX:
            edges.indicator(painter, option.rect, option.palette,  # type: ignore[attr-defined]
                            option.state.value, element is _RADIO)  # type: ignore[attr-defined]
        elif element is _LINE_EDIT or (widget is not None and (
                widget.inherits("QPlainTextEdit") or (widget.inherits("QTextEdit")
                                                      and not widget.inherits("QTextBrowser")))):
            # A text field's edge (WCAG 1.4.11): Fusion's is the window darkened, which on a
            # dark window left a fill and no border; drawn like the indicators' edge.
            edges.field_edge(painter, option.rect, option.palette,  # type: ignore[attr-defined]
                             bool(option.state.value & edges.ENABLED))  # type: ignore[attr-defined]
        else:  # PE_Frame of anything but a text area
            super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(self, control: QStyle.ComplexControl,  # noqa: N802 - Qt naming
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control is _SPIN_BOX and getattr(option, "frame", False):
            # A spin box is a text field with arrows: Fusion draws its own edge, 1.2:1 on a
            # dark window (an outside walk, Praktijkgegevens); the field's edge over it.
            edges.field_edge(painter, option.rect, option.palette,
                             bool(option.state.value & edges.ENABLED))


_SPIN_BOX = QStyle.ComplexControl.CC_SpinBox
_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_LINE_EDIT = QStyle.PrimitiveElement.PE_FrameLineEdit
_OWN_PRIMITIVES = frozenset((_RADIO, _CHECK_BOX, _LINE_EDIT, QStyle.PrimitiveElement.PE_Frame))


def style_name(style: QStyle) -> str:
    """'fusion', 'windows11', …: the style's name, also through IndicatorStyle."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name().lower()
