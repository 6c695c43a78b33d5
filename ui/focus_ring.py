"""One place for the keyboard focus indicator (WCAG 2.4.7, 1.4.11).

Qt's styles draw focus weakly or not at all in places: Fusion with a dark palette shows no
frame around a focused text area, table, text browser, combo box, radio button, check box or
button that a clinician can find at a glance. Two pieces here:

- `install`: a ring in the palette's highlight colour (both schemes: it is the palette's own,
  3:1 on the window, tests/test_contrast.py) drawn just outside whatever has the keyboard
  focus. It is a child of the window laid over the form, not a style sheet on the widget, so
  no combo box or table changes its look. It shows however the focus got there: Qt's own
  indicators show only after a real Tab or mnemonic and vanish at the next focus change the
  program makes (a new row's first field), so they cannot be relied on.
- `show_keyboard_focus`: a page that opens with its first field focused shows Qt's own
  indicators too, as after a Tab.
- `show_focus`: a frameless widget that draws its own frame (the handbook text) gets one in a
  style sheet, always there and transparent without focus, so the text does not move when
  focus arrives; the ring leaves such widgets alone.
"""

from __future__ import annotations

# `Qt` is named only where it runs after the first frame: importing it builds its 93 enums
# (28 ms) before the first window could be shown (ui/first_frame.py).
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from ui import first_frame
from ui.colours import plain_pen

FOCUS_WIDTH = "2px"
FOCUS_COLOUR = "palette(highlight)"  # the colour set may choose another, in both schemes
RING = 2  # pixels, outside the widget
OWN_FRAME = "ownFocusFrame"  # a widget's property: it draws its own focus frame

_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
          QEvent.Type.ParentChange)


def focus_rule(selector: str) -> str:
    """The style sheet rules that draw the focus frame of widgets matching `selector`."""
    return (f"{selector} {{ border: {FOCUS_WIDTH} solid transparent; border-radius: 3px; }}"
            f"{selector}:focus {{ border-color: {FOCUS_COLOUR}; }}")


def own_frame(widget: QWidget) -> None:
    """`widget` draws its focus frame itself (a style sheet rule): no ring around it."""
    widget.setProperty(OWN_FRAME, True)


def show_focus(widget: QWidget) -> None:
    """Give `widget` a visible focus frame, keeping whatever style sheet it already has."""
    own_frame(widget)
    name = widget.objectName()
    kind = widget.metaObject().className()
    selector = f"{kind}#{name}" if name else kind
    rule = focus_rule(selector)
    sheet = widget.styleSheet().strip()
    if rule in sheet:
        return
    if sheet and "{" not in sheet:  # bare declarations: for the widget and its children
        sheet = f"* {{ {sheet} }}"
    widget.setStyleSheet(f"{sheet}\n{rule}" if sheet else rule)


# --- the ring ---------------------------------------------------------------------------------


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The widget a ring goes around when `widget` has the focus, or None: nothing in a popup
    (a menu, a combo box's list), nothing that draws its own frame; the editor inside a combo
    or spin box is the box."""
    if widget is None or widget.isWindow():
        return None
    window = widget.window()
    # A popup holds the focus while it is open (a tool tip never does); asked this way, not
    # by its window type, which is a `Qt` enum.
    if window is QApplication.activePopupWidget():
        return None
    target = widget
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        # By class name: the Python classes of these boxes cost 2-3 ms to build before the
        # first window, which has none of them.
        if parent.inherits("QComboBox") or parent.inherits("QAbstractSpinBox"):
            target = parent
        parent = parent.parentWidget()
    if target.property(OWN_FRAME):
        return None
    return target


class FocusRing(QWidget):
    """The ring of one window: drawn in its mask, a band of RING pixels around the target;
    mouse and keys go to what is under it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")  # never takes the focus: a QWidget's default
        # Clicks on the ring reach what is under it; set after the first frame (no click comes
        # before it, and the attribute is a `Qt` enum).
        first_frame.after(lambda: self.setAttribute(
            QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents), self)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._ring = QRect()
        self._pending = False
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        """Go around `target` (None: hide), and move with it and everything it lies in."""
        if self.target is not None and not isValid(self.target):
            self._lost()
        if target is not self.target:
            for widget in self._watched:
                if isValid(widget):
                    widget.removeEventFilter(self)
            if self.target is not None:
                self.target.destroyed.disconnect(self._lost)
            self._watched = []
            self.target = target
            item: QWidget | None = target
            while item is not None and item is not self.window():
                item.installEventFilter(self)
                self._watched.append(item)
                item = item.parentWidget()
            if target is not None:
                target.destroyed.connect(self._lost)
        self.place()

    def _lost(self) -> None:
        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        self.target = None
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in _MOVES and not self._pending:
            self._pending = True
            # Once the layouts have moved everything. With the ring as the timer's context:
            # a window closed meanwhile (a file chooser, after Enter in its completion list)
            # takes its ring with it, and the call is dropped instead of reaching a deleted
            # widget (which crashed the frozen program, issue 15's outside walk).
            QTimer.singleShot(0, self, self.place)
        return False

    def place(self) -> None:
        """Put the ring around the target as it is now, cut off where a scroll area hides it."""
        self._pending = False
        if not isValid(self):
            return
        target = self.target
        window = self.window()
        if target is None or not isValid(target) or not target.isVisible() \
                or target.window() is not window:
            self.hide()
            return
        # A check box's or radio button's indicator is its left edge: one pixel more there,
        # or the ring touched the box (an outside walk).
        left = RING + 1 if target.inherits("QCheckBox") or target.inherits("QRadioButton") \
            else RING
        ring = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).adjusted(
            -left, -RING, RING, RING)
        shown = ring.intersected(window.rect())
        widget = target.parentWidget()
        while widget is not None and widget is not window:
            scroll = widget.parentWidget()
            if scroll is not None and scroll.inherits("QAbstractScrollArea") \
                    and widget is scroll.viewport():  # type: ignore[attr-defined]
                shown = shown.intersected(QRect(widget.mapTo(window, QPoint(0, 0)),
                                                widget.size()))
            widget = widget.parentWidget()
        if shown.isEmpty():
            self.hide()
            return
        self._ring = ring.translated(-shown.topLeft())
        self.setGeometry(shown)
        band = QRegion(self._ring) - QRegion(self._ring.adjusted(RING, RING, -RING, -RING))
        self.setMask(band)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        if self.target is None or not isValid(self.target):
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = RING / 2
        band = QPainterPath()  # a path and plain_pen: no `Qt` enums in the first frame
        band.addRoundedRect(QRectF(self._ring).adjusted(half, half, -half, -half), 3, 3)
        painter.strokePath(band, plain_pen(self.target.palette().color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING))


def ring_of(window: QWidget, create: bool = True) -> FocusRing | None:
    # The window's own ring, not one of a dialog it is the parent of (those are its children
    # too): looked for among its direct children.
    ring = next((child for child in window.children() if isinstance(child, FocusRing)), None)
    if ring is None and create:
        ring = FocusRing(window)
    return ring


class _Tracker(QObject):
    """Follows the application's focus: one ring, in the window that has the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        focus = QApplication.focusWidget()
        target = ring_target(focus)
        ring = ring_of(target.window()) if target is not None else None
        if self.ring is not None and self.ring is not ring and isValid(self.ring):
            self.ring.follow(None)
        self.ring = ring
        if ring is not None:
            ring.follow(target)


_tracker: list[_Tracker] = []


def install(app: QApplication) -> None:
    """Draw the ring around the keyboard focus in every window of `app` from now on."""
    if not _tracker:
        _tracker.append(_Tracker(app))


def uninstall() -> None:
    """No ring any more (tests that installed it leave the others as they found them)."""
    while _tracker:
        tracker = _tracker.pop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(tracker._moved)
        if tracker.ring is not None and isValid(tracker.ring):
            tracker.ring.follow(None)
        tracker.deleteLater()


def show_keyboard_focus(widget: QWidget) -> None:
    """Show the focus in `widget`'s window as after a Tab (a page opened with its first field
    focused): Qt sets this only on a real Tab or mnemonic, so the focus stayed invisible."""
    window = widget.window()
    window.setAttribute(QtCore.Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        focus.update()  # the style's own indicator
    if _tracker:
        _tracker[0].refresh()
