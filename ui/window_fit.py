"""Every window and dialog sized to the screen it opens on, and remembered where it fits.

A 1366×768 laptop leaves about 1366×728 above the taskbar, and the window's title bar and frame
need their share of that. `fit()` gives a window the size it would like, or less, so that it
lies inside the screen's available geometry with its frame; it is fitted again each time it
is shown (the screen may have changed in between). With a `key` its size, position and
splitters are kept in QSettings when it hides, and restored the next time only when they fit
the current screen: a window last used on a large monitor opens fitted on the laptop.

Tests replace `screen_rect` to try a 1366×728 or a 1280×720 screen on the offscreen platform.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# `Qt` is named only where it runs after the first frame: importing it builds its 93 enums
# (28 ms) before the first window could be shown (ui/first_frame.py).
from PySide6 import QtCore
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # PySide6 builds a class (and its enums) when it is first named
    from PySide6.QtWidgets import QSplitter

# Room a window's frame takes beyond its client area when the platform does not say yet (it
# knows only once the window is shown): Windows 11 draws about 8 px at either side and a title
# bar of about 31 px plus 8 at the bottom.
FRAME = QSize(16, 48)
SMALLEST = QRect(0, 0, 1366, 728)  # assumed when there is no screen at all


def screen_rect(widget: QWidget | None) -> QRect:
    """The free part (above the taskbar) of the screen `widget` is on, or of the primary one."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(SMALLEST)


def frame_of(window: QWidget) -> QSize:
    """The size the frame adds to the client area: the platform's once it has drawn one, but
    never less than FRAME (a frame the platform reports late or too thin must not cost the
    button row its place on the screen)."""
    if window.isVisible():
        real = window.frameGeometry().size() - window.geometry().size()
        return real.expandedTo(FRAME)
    return QSize(FRAME)


def room(window: QWidget) -> QSize:
    """The largest client size for which the window with its frame fits on its screen."""
    free = screen_rect(window).size() - frame_of(window)
    return QSize(max(free.width(), 200), max(free.height(), 150))


def fits(window: QWidget, rect: QRect | None = None) -> bool:
    """Whether the window (or a frame rectangle it would take) lies inside its screen."""
    frame = rect if rect is not None else frame_rect(window)
    return screen_rect(window).contains(frame)


def frame_rect(window: QWidget) -> QRect:
    """Where the window is, frame included (as large as FRAME at least)."""
    return QRect(window.frameGeometry().topLeft(), window.size() + frame_of(window))


def fit(window: QWidget, width: int = 0, height: int = 0, *, key: str = "",
        splitters: tuple[QSplitter, ...] = ()) -> None:
    """Size `window` to width × height or what fits, placed on its screen; with a `key`, as it
    was last time (when that fits now), and kept when it hides. Without a size: the size its
    contents ask for when it is first shown, or what fits, and taller whenever they grow (a
    message that appears under a field is never cut off)."""
    keeper = window.findChild(_Keeper, "windowFit")
    if keeper is None:
        keeper = _Keeper(window, QSize(width, height), key, splitters)
    else:
        keeper.wanted = QSize(width, height)
    keeper.grows = width <= 0
    if key and keeper.restore():
        keeper.placed = True
    elif width > 0 and height > 0:
        keeper.place()


def grow_to_content(window: QWidget) -> None:
    """After its text grew (a message under a field): tall enough for what its layout needs at
    its present width, as far as the screen allows. Word-wrapped labels ask for height only
    for a given width, which a window's minimum size does not follow by itself."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() \
        else layout.totalMinimumSize().height()
    height = min(max(needed, window.height()), room(window).height())
    if height != window.height():
        window.resize(width, height)
        if not fits(window):
            _keeper(window).place_inside()


def settings() -> QSettings:
    """Window sizes and splitter positions: no case data, so a plain file in the user's
    config folder, looked up anew each time (tests give every test its own folder)."""
    import platformdirs  # not before the first window: it does not need this file

    folder = Path(platformdirs.user_config_dir("Deelwijzer", appauthor=False, roaming=False))
    return QSettings(str(folder / "vensters.ini"), QSettings.Format.IniFormat)


def _keeper(window: QWidget) -> _Keeper:
    keeper = window.findChild(_Keeper, "windowFit")
    return keeper if keeper is not None else _Keeper(window, window.size(), "", ())


class _Keeper(QObject):
    """Fits its window on every show and keeps its geometry (with `key`) on every hide."""

    def __init__(self, window: QWidget, wanted: QSize, key: str,
                 splitters: tuple[QSplitter, ...]) -> None:
        super().__init__(window)
        self.setObjectName("windowFit")
        self.window = window
        self.wanted = wanted
        self.key = key
        self.splitters = splitters
        self.placed = False
        self.grows = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # At shutdown Qt may still filter after Python has cleared this object's attributes.
        if watched is getattr(self, "window", None):
            kind = event.type()
            if kind == QEvent.Type.Show and (not self.placed or not fits(self.window)) \
                    and not (self.window.isMaximized() or self.window.isFullScreen()):
                self.place()
            elif kind == QEvent.Type.Hide and self.key:
                self.save()
            elif kind == QEvent.Type.LayoutRequest and self.grows and self.window.isVisible():
                # At once, before anything is painted: deferred, the new contents were laid out
                # in the old height and painted so for a frame — overlapping (an outside walk).
                # grow_to_content lets the layout take the new contents in first.
                self.grow()
        return False

    def place(self) -> None:
        """The wanted size, or what fits; centred over the parent window, inside the screen."""
        window = self.window
        self.placed = True
        limit = room(window)
        wanted = self.wanted if self.wanted.width() > 0 else window.size()
        window.resize(min(wanted.width(), limit.width()), min(wanted.height(), limit.height()))
        free = screen_rect(window)
        parent = window.parentWidget()
        centre = parent.window().frameGeometry().center() if parent is not None \
            and parent.window().isVisible() else free.center()
        outer = window.size() + frame_of(window)
        window.move(centre.x() - outer.width() // 2, centre.y() - outer.height() // 2)
        self.place_inside()

    def grow(self) -> None:
        if self.window.isVisible():
            grow_to_content(self.window)

    def place_inside(self) -> None:
        """Moved onto the screen as far as its size allows; the top left corner, with the
        title bar, always on it."""
        window = self.window
        free = screen_rect(window)
        outer = window.size() + frame_of(window)
        x = max(free.left(), min(window.x(), free.right() + 1 - outer.width()))
        y = max(free.top(), min(window.y(), free.bottom() + 1 - outer.height()))
        window.move(QPoint(x, y))

    def restore(self) -> bool:
        """Size, position and splitters of last time, when they fit the screen now."""
        store = settings()
        store.beginGroup(self.key)
        frame, size = store.value("frame"), store.value("size")
        maximized = str(store.value("maximized", "false")).lower() == "true"
        states = [store.value(f"splitter{i}") for i in range(len(self.splitters))]
        store.endGroup()
        if not isinstance(frame, QRect) or not isinstance(size, QSize) \
                or not fits(self.window, frame) or size.width() > frame.width() \
                or size.height() > frame.height():
            return False
        self.window.resize(size)
        self.window.move(frame.topLeft())
        if maximized:
            self.window.setWindowState(self.window.windowState()
                                       | QtCore.Qt.WindowState.WindowMaximized)
        from PySide6.QtCore import QByteArray  # windows with splitters open after the first

        for splitter, state in zip(self.splitters, states, strict=True):
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
        return True

    def save(self) -> None:
        window = self.window
        store = settings()
        store.beginGroup(self.key)
        maximized = bool(window.windowState() & QtCore.Qt.WindowState.WindowMaximized)
        if not maximized:  # a maximised window keeps the normal geometry it had before
            store.setValue("frame", frame_rect(window))
            store.setValue("size", window.size())
        store.setValue("maximized", maximized)
        for i, splitter in enumerate(self.splitters):
            store.setValue(f"splitter{i}", splitter.saveState())
        store.endGroup()
        store.sync()
