"""A minute before the auto-lock: a notice over the window in use ('Deelwijzer vergrendelt over
1 minuut'), with 'Nog niet vergrendelen'. It blocks nothing and takes no focus.

Any key or mouse input already restarts the inactivity timer (ui/autolock.py), so the notice
goes by itself as soon as the clinician is back; the button is for whoever reads it first. The
notice is checked when it would be due and then each second, never in between.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QWidget,
)
from shiboken6 import isValid

from ui import colours
from ui.autolock import InactivityWatcher

LEAD_MS = 60_000  # how long before the lock the notice appears
TICK_MS = 1000


class LockNotice(QFrame):
    """The notice itself, laid over the top of its window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockWarning")
        colours.style(self, "#lockWarning { background: $info_bg; border: 1px solid "
                            "$info_border; border-radius: 4px; }"
                            "#lockWarning QLabel { color: $info_text; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        shadow = QGraphicsDropShadowEffect(self)  # lifted off what it lies over (Qt's grey)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 3)
        self.setGraphicsEffect(shadow)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        row.addWidget(icon)
        self.text = QLabel()
        self.text.setObjectName("lockWarningText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.stay = QPushButton(self.tr("&Nog niet vergrendelen"))
        self.stay.setObjectName("stayUnlocked")
        self.stay.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # takes no focus from the form
        self.stay.setToolTip(self.tr("Elke toets of muisbeweging stelt het vergrendelen ook "
                                     "uit"))
        row.addWidget(self.stay)
        parent.installEventFilter(self)

    def say(self, remaining_ms: int) -> None:
        seconds = max(1, math.ceil(remaining_ms / 1000))
        if seconds > 50:
            text = self.tr("Deelwijzer vergrendelt over 1 minuut als u niets doet. Wat u "
                           "invulde, blijft bewaard.")
        else:
            text = self.tr("Deelwijzer vergrendelt over {n} seconden als u niets doet. Wat u "
                           "invulde, blijft bewaard.").format(n=seconds)
        changed = text != self.text.text()
        self.text.setText(text)
        self.setAccessibleName(text)
        if changed or not self.isVisible():
            self.place()

    def place(self) -> None:
        """Centred at the top of the window's content (under a menu bar and toolbar)."""
        parent = self.parentWidget()
        if parent is None:
            return
        top = 8
        if isinstance(parent, QMainWindow) and parent.centralWidget() is not None:
            top += parent.centralWidget().geometry().top()
        width = min(parent.width() - 24, 780)
        self.setFixedWidth(max(width, 240))
        self.adjustSize()
        self.move((parent.width() - self.width()) // 2, top)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False


class LockWarning(QObject):
    """Watches the main window's inactivity timer and warns `lead_ms` before it runs out."""

    def __init__(self, watcher: InactivityWatcher, window: QMainWindow,
                 lead_ms: int = LEAD_MS) -> None:
        super().__init__(window)
        self.setObjectName("lockWarner")
        self.watcher = watcher
        self.window = window
        self.lead = lead_ms
        self.notice: LockNotice | None = None
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.timeout.connect(self.check)
        self.check()

    def lead_ms(self) -> int:
        """A minute, or half the time when the dossier locks sooner than after two."""
        return min(self.lead, self.watcher.timer.interval() // 2)

    def check(self) -> None:
        """Show, update or hide the notice, and look again when that is next due."""
        timer = self.watcher.timer
        if not timer.isActive():  # locked, or closing: no notice, nothing to look at
            self.hide()
            return
        remaining = timer.remainingTime()
        lead = self.lead_ms()
        if remaining > lead:
            self.hide()
            self._check.start(remaining - lead)
            return
        self._show(remaining)
        self._check.start(max(50, min(TICK_MS, remaining)))

    def locked_changed(self, locked: bool) -> None:
        if locked:
            self._check.stop()
            self.hide()
        else:
            self.check()

    def stay(self) -> None:
        """'Nog niet vergrendelen': the full time again."""
        self.watcher.restart()
        self.check()

    def shown(self) -> bool:
        return self.notice is not None and isValid(self.notice) and self.notice.isVisible()

    def hide(self) -> None:
        if self.notice is not None and isValid(self.notice):
            self.notice.hide()

    def _target(self) -> QWidget:
        """The window the clinician is in: the active one of ours, else an open wizard, else
        the main window."""
        active = QApplication.activeWindow()  # only ever one of this application's windows
        if active is not None and active.isVisible() and not active.inherits("QMenu"):
            return active
        wizard = getattr(self.window, "wizard", None)
        if isinstance(wizard, QWidget) and isValid(wizard) and wizard.isVisible():
            return wizard
        return self.window

    def _show(self, remaining: int) -> None:
        target = self._target()
        notice = self.notice
        if notice is None or not isValid(notice) or notice.parentWidget() is not target:
            if notice is not None and isValid(notice):
                notice.deleteLater()
            notice = LockNotice(target)
            notice.stay.clicked.connect(self.stay)
            self.notice = notice
        appearing = not notice.isVisible()
        notice.say(remaining)
        notice.show()
        notice.raise_()
        if appearing:  # a screen reader says it at once
            QAccessible.updateAccessibility(QAccessibleEvent(notice, QAccessible.Event.Alert))
