"""Locking the open dossier: after inactivity, when the session locks, or on request.

Lock means gone: the draft is saved encrypted, every model drops its case data, a rolling
backup is made, the connection closes, and only the unlock dialog remains. After unlocking
the clinician is back where they were: the same list, and the wizard on the same page.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QDialog, QStatusBar

from app.errors import DossierError
from app.vault.dossier import Dossier
from ui.autolock import DEFAULT_MINUTES, InactivityWatcher, SessionWatcher


class LockHost(Protocol):
    """What locking needs of the main window."""

    dossier: Dossier
    lockedChanged: SignalInstance  # noqa: N815 - Qt signal naming

    def put_away(self) -> int | None: ...
    def take_back(self, dossier: Dossier) -> None: ...
    def open_case(self, case_id: int) -> object: ...
    def hide(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt naming


class Locking(QObject):
    def __init__(self, window: LockHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the main window, a QObject
        self.win = window
        self.locked = False
        self.unlock_dialog: QDialog | None = None
        self._resume: int | None = None  # the case whose wizard was open
        minutes = int(window.dossier.profile().get("auto_lock_minutes") or DEFAULT_MINUTES)
        self.watcher = InactivityWatcher(minutes * 60_000, self)
        self.watcher.timedOut.connect(self.lock)
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lockRequested.connect(self.lock)

    def lock(self) -> None:
        if self.locked:
            return
        self.watcher.stop()
        self._resume = self.win.put_away()
        dossier = self.win.dossier
        self.backup_before_closing()
        dossier.close()
        self.locked = True
        self.win.hide()
        from ui.unlock import UnlockDialog

        self.unlock_dialog = UnlockDialog(dossier.path)
        self.unlock_dialog.opened.connect(self.unlocked)
        self.unlock_dialog.open()
        self.win.lockedChanged.emit(True)

    def backup_before_closing(self) -> None:
        """The rolling backup, made when the app locks as well as when it closes."""
        from app.vault.backup import automatic_backup
        from app.vault.paths import data_folder

        try:
            automatic_backup(self.win.dossier, data_folder() / "reservekopieen")
            self.win.dossier.log.add("backup")
        except DossierError as exc:
            self.win.statusBar().showMessage(exc.message)

    def unlocked(self, dossier: Dossier) -> None:
        self.locked = False
        self.unlock_dialog = None
        self.win.take_back(dossier)
        self.watcher.restart()
        if self._resume is not None:
            case_id, self._resume = self._resume, None
            self.win.open_case(case_id)
        self.win.lockedChanged.emit(False)
