"""What the first window does not need for its first frame, done right after that frame.

Why: PySide6 builds a class's Python enums the first time the class is used, and Python 3.11
builds them slowly. The `Qt` namespace alone has 93 enums with 1,195 members: 28 ms, a fifth of
a bare PySide6 window's whole start, and more than anything else the first window costs. What
the first window shows needs none of them; a few things around it do — asking the system's
colour scheme (Qt answers with a `Qt.ColorScheme`), making the focus ring transparent for the
mouse. Those wait here until the first window has been painted, and then run at once, in the
order they were asked for.

Only the start-up holds (`hold` and `watch`, from `ui.application.run`): anywhere else — a
test that builds a dialog, a window opened later — `after` runs its work at once, so nothing
behaves differently outside the first frame. `tests/test_first_frame.py` starts the real
program and checks that no `Qt` enum is built before its first window is on the screen, for a
new user and a returning one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

_waiting: list[tuple[Callable[[], object], QObject | None]] = []
_state: dict[str, object] = {"holding": False, "watcher": None}


def holding() -> bool:
    """True from `hold` until the first window has been painted."""
    return bool(_state["holding"])


def after(work: Callable[[], object], owner: QObject | None = None) -> None:
    """`work` once the first window has been painted: at once when that has happened, or when
    the start-up is not holding (tests, windows opened later). With an `owner`, only while it
    still exists (a dialog closed before its first frame takes its work with it)."""
    if holding():
        _waiting.append((work, owner))
    else:
        work()


class _FirstPaint(QObject):
    """Sees the first window's first paint; releases the work once that paint is done."""

    RELEASE = QEvent.Type.User

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and watched is self.window:
            watched.removeEventFilter(self)
            # Posted, not called: the paint this filter sees has not been done yet; a posted
            # event arrives after it (and after the rest of the window's paint events).
            QCoreApplication.postEvent(self, QEvent(self.RELEASE))
        return False

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if event.type() == self.RELEASE:
            release()
            return True
        return super().event(event)


def hold() -> None:
    """From now on `after` keeps its work, until `watch`'s window has been painted."""
    _state["holding"] = True


def watch(window: QWidget) -> None:
    """`window` is the first window (not shown yet): release the work after its first
    paint."""
    _state["watcher"] = _FirstPaint(window)


def release() -> None:
    """Run what waited (also when the first window is closed before it was ever painted)."""
    _state["holding"] = False
    _state["watcher"] = None
    while _waiting:
        work, owner = _waiting.pop(0)
        if owner is None or isValid(owner):
            work()
