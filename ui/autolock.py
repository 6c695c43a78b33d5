"""Auto-lock after inactivity: any key or mouse input anywhere in the app restarts the timer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
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


class SessionWatcher(QObject):
    """Lock when the session locks or the computer suspends, where the platform says so.

    On Linux that is D-Bus: logind's PrepareForSleep and the screensaver's ActiveChanged. Where
    no bus is reachable (Windows, macOS, a server without one) it does nothing; the inactivity
    timer still locks.
    """

    lockRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6 import QtDBus
        except ImportError:  # pragma: no cover - not in every Qt build
            return
        system = QtDBus.QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self, "on_sleep(bool)"):
            self.connected.append("logind")
        session = QtDBus.QDBusConnection.sessionBus()
        for service, path, interface in (
                ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            if session.isConnected() and session.connect(service, path, interface,
                                                         "ActiveChanged", self,
                                                         "on_screensaver(bool)"):
                self.connected.append(service)

    @Slot(bool)
    def on_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lockRequested.emit()

    @Slot(bool)
    def on_screensaver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit()
