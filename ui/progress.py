"""A busy indicator for work that takes longer than half a second (opening the dossier with its
key derivation, a backup, a restore, a long PDF), and a status bar that never keeps a message
about work that has ended.

Nothing appears for work that ends within `DELAY_MS`: a bar that flashes for a tenth of a
second says nothing. The work itself says nothing about how far it is (Argon2, SQLCipher's
rekey, reportlab), so the bar is a busy bar, not a percentage.
"""

from __future__ import annotations

from itertools import count

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QProgressBar, QSizePolicy, QWidget
from shiboken6 import isValid

DELAY_MS = 500  # work that ends sooner shows nothing
DONE_MS = 6000  # how long a 'done' message stays in the status bar

_tokens = count(1)


class BusyBar(QProgressBar):
    """A busy bar that shows itself only once the work has lasted DELAY_MS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        self.setRange(0, 0)  # busy: no percentage
        self.setTextVisible(False)
        self.setMaximumHeight(14)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    def start(self, accessible: str = "") -> None:
        if accessible:
            self.setAccessibleName(accessible)
        if not self.isVisible():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def busy(self) -> bool:
        return self._timer.isActive() or self.isVisible()


def inline(dialog: QWidget, below: QWidget) -> BusyBar:
    """The dialog's busy bar, right under `below` (its message line), made on first use; its
    room is kept while it is hidden, so the dialog does not jump when it appears."""
    bar = dialog.findChild(BusyBar, "busyBar")
    if bar is None:
        bar = BusyBar(dialog)
        policy = bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        bar.setSizePolicy(policy)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            index = layout.indexOf(below)
            layout.insertWidget(index + 1 if index >= 0 else layout.count(), bar)
    return bar


class StatusBusy(QObject):
    """A main window's status bar while slow work runs: the work's message, and after
    DELAY_MS a busy bar beside it. When the work ends its message goes, or is replaced by a
    short 'done' message that goes by itself; a message shown meanwhile by something else is
    left alone."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("statusBusy")
        self.window = window
        self.bar = BusyBar()
        self.bar.setMaximumWidth(160)
        window.statusBar().addPermanentWidget(self.bar)
        self._jobs: dict[int, str] = {}

    def begin(self, text: str) -> int:
        """Show `text` until `end` is called with the returned token."""
        token = next(_tokens)
        self._jobs[token] = text
        self.window.statusBar().showMessage(text)
        self.bar.start(text)
        return token

    def end(self, token: int, done: str = "", timeout: int | None = None) -> None:
        """The work of `token` ended: its message goes (`done`, if given, for `timeout` ms,
        DONE_MS by default)."""
        text = self._jobs.pop(token, None)
        if not isValid(self) or not isValid(self.window):
            return  # the window closed while the work ran: nothing left to tell
        status = self.window.statusBar()
        ours = text is not None and status.currentMessage() == text
        if self._jobs:  # other work still runs: its message, not this one's outcome
            status.showMessage(list(self._jobs.values())[-1])
            return
        self.bar.stop()
        if done:
            status.showMessage(done, DONE_MS if timeout is None else timeout)
        elif ours:
            status.clearMessage()

    def running(self) -> list[str]:
        return list(self._jobs.values())


def status(window: QWidget) -> StatusBusy:
    """The StatusBusy of `window` (a QMainWindow), made on first use."""
    found = window.findChild(StatusBusy, "statusBusy")
    if found is None:
        assert isinstance(window, QMainWindow), window
        found = StatusBusy(window)
    return found
