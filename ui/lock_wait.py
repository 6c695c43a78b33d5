"""What is on screen while the dossier locks and its rolling backup is still being made.

The main window, with its case data, is hidden the moment the lock comes; the backup of a large
dossier then takes seconds (8–9 s for twenty years of cases). In that time this small window
says only that Deelwijzer is locked and that the backup is being made: no case data, no path,
nothing to click. It appears only once the work has lasted progress.DELAY_MS (ui/main_lock.py
starts it), so a small dossier locks without a flash, and it goes when the unlock dialog comes.

It cannot be closed by the user while the backup runs: closing it would leave no window at all
(and, as the last one, quit the app halfway through the backup). The app itself may close it
(a session that ends): it never quits the app by closing, and ui/main_lock.py waits for the
backup before the app ends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui import a11y, colours, window_fit


class LockWaitDialog(QDialog):
    """'Deelwijzer is vergrendeld. De reservekopie wordt gemaakt…', with a busy bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockWait")
        self.setWindowTitle(self.tr("Deelwijzer — vergrendeld"))
        # A title bar without a close button: there is nothing to cancel (see closeEvent).
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                            | Qt.WindowType.WindowTitleHint)
        # Never the 'last window' that quits the app when it goes: the unlock dialog follows.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._busy = True

        row = QHBoxLayout(self)
        row.setContentsMargins(24, 22, 28, 22)
        row.setSpacing(18)
        from ui.app_icon import pixmap

        icon = QLabel()
        icon.setPixmap(pixmap(48))  # decorative: the title and the words say it all
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(8)
        self.heading = QLabel(self.tr("Deelwijzer is vergrendeld."))
        self.heading.setObjectName("lockWaitHeading")
        colours.style(self.heading, "font-size: 15px; font-weight: 600;")
        self.detail = QLabel(self.tr("De reservekopie wordt gemaakt…"))
        self.detail.setObjectName("lockWaitDetail")
        self.detail.setWordWrap(True)
        self.after = QLabel(self.tr("Daarna vraagt Deelwijzer weer om uw wachtwoord."))
        self.after.setObjectName("lockWaitAfter")
        self.after.setWordWrap(True)
        colours.style(self.after, "color: $muted;")
        self.bar = QProgressBar()
        self.bar.setObjectName("lockWaitBar")
        self.bar.setRange(0, 0)  # busy: the backup says nothing about how far it is
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bar.setAccessibleName(self.detail.text())
        for widget in (self.heading, self.detail, self.after):
            widget.setTextFormat(Qt.TextFormat.PlainText)
        words.addWidget(self.heading)
        words.addWidget(self.detail)
        words.addWidget(self.bar)
        words.addWidget(self.after)
        words.addStretch(1)
        row.addLayout(words, 1)
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(self.message())
        self.setMinimumWidth(440)
        window_fit.fit(self)

    def message(self) -> str:
        """What the window says, in one go (read out when it appears)."""
        return f"{self.heading.text()} {self.detail.text()} {self.after.text()}"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # Nothing in it takes the focus, so a screen reader would say only the title: the
        # message is announced (politely: what was being said is finished first).
        a11y.announce(self, self.message())

    def finish(self) -> None:
        """The backup is done: the window may go (and goes)."""
        self._busy = False
        self.hide()

    def reject(self) -> None:
        """Escape: nothing to cancel while the backup runs."""
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        # The user's close (Alt+F4, the window menu) is refused while the backup runs; the app's
        # own (closing every window as a session ends) is not — main_lock waits at quit.
        if self._busy and event.spontaneous():
            event.ignore()
            return
        super().closeEvent(event)
