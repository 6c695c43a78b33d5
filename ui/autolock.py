"""Auto-lock after inactivity: any key or mouse input anywhere in the app restarts the timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

DEFAULT_MINUTES = 5
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class InactivityWatcher(QObject):
    timedOut = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.timedOut)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def restart(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
