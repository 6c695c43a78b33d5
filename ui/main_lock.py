"""Locking the open dossier: after inactivity, when the session locks, or on request.

Lock means gone: the draft is saved encrypted, every model drops its case data and the window
is hidden — at once, before anything slow. Then the rolling backup is made off the GUI thread
(8–9 s for a dossier of twenty years, which used to keep the window with client data on
screen, frozen); after half a second a small window without case data says that Deelwijzer is
locked and the backup is being made (ui/lock_wait.py). Only when the backup is done does the
connection close and the unlock dialog appear: opening the file again while the backup's
connection is open would fail. After unlocking the clinician is back where they were: the same
list, and the wizard on the same page.

While the backup runs nothing uses the dossier's own connection: `locked` is set first, and
every timer and late answer that could read or write checks it (ui/main_window.py, the
notices, the whole-file check) or was stopped; the backup itself reads through connections
of its own (app/vault/backup.py).

A backup that fails is said once the clinician is back (after unlocking, in a message box and
the status bar), not on the locked screen: the one who can do something about it is the one
who unlocks, and a box over the locked screen is read by whoever passes, or by no one, while
it stands between the returning clinician and the unlock dialog. If the app ends before that,
it is said at quit, as the backup at close says its own failure (ui/application.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QDialog, QStatusBar

from app.errors import DossierError
from app.vault.dossier import Dossier
from ui.autolock import DEFAULT_MINUTES, InactivityWatcher, SessionWatcher
from ui.progress import DELAY_MS
from ui.worker import run_in_background


class LockHost(Protocol):
    """What locking needs of the main window."""

    dossier: Dossier
    lockedChanged: SignalInstance  # noqa: N815 - Qt signal naming

    def put_away(self) -> int | None: ...
    def take_back(self, dossier: Dossier) -> None: ...
    def open_case(self, case_id: int) -> object: ...
    def selected_case(self) -> int: ...
    def select_case(self, case_id: int) -> None: ...
    def hide(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt naming


class Locking(QObject):
    """The lock and the unlock of one main window. `locked` is True from the moment the lock
    starts (the backup may still run: `backing_up`) until the dossier is open again."""

    unlockShown = Signal(object)  # noqa: N815 - Qt signal naming; the unlock dialog

    def __init__(self, window: LockHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the main window, a QObject
        self.win = window
        self.locked = False
        self.backing_up = False
        self.unlock_dialog: QDialog | None = None
        self.wait_dialog: QDialog | None = None  # ui/lock_wait.py, once the backup is slow
        # The last lock's backup failed and the clinician has not been told yet.
        self.backup_failure: DossierError | None = None
        self._resume: int | None = None  # the case whose wizard was open
        self._selected = -1  # the case selected in the list at the lock
        self._closing: Dossier | None = None  # the dossier whose backup runs
        self._outcome: object = None  # the backup's path or exception, set by the worker
        self._quitting = False
        self._when_locked: list[Callable[[QDialog], None]] = []
        # One thread of its own: at quit exactly this backup is waited for (waitForDone).
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.setInterval(DELAY_MS)  # a small dossier's backup shows nothing
        self._wait_timer.timeout.connect(self._show_wait)
        minutes = int(window.dossier.profile().get("auto_lock_minutes") or DEFAULT_MINUTES)
        self.watcher = InactivityWatcher(minutes * 60_000, self)
        self.watcher.timedOut.connect(self.lock)
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lockRequested.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.finish_before_quit)

    def lock(self) -> None:
        """Put everything away and hide now; back up, close and ask for the passphrase once
        the backup is done. A second request while locking (or locked) changes nothing."""
        if self.locked:
            return
        self.locked = True  # from here on no timer or late answer touches the dossier
        self.watcher.stop()
        self._selected = self.win.selected_case()
        self._resume = self.win.put_away()
        self.win.hide()
        self.win.lockedChanged.emit(True)  # the notices, the handbook, the whole-file check go
        # Off the screen now, not when the event loop next gets round to it (a lock called
        # from code that goes on, the banner's restore): the window system hears of the hide.
        # No user input meanwhile: only what was already queued, and that checks `locked`.
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._start_backup()

    def when_locked(self, then: Callable[[QDialog], None]) -> None:
        """`then(unlock dialog)` once the dossier has closed and the unlock dialog is shown
        (now, when it already is); nothing when no lock is under way."""
        if self.unlock_dialog is not None:
            then(self.unlock_dialog)
        elif self.locked:
            self._when_locked.append(then)

    # the backup -------------------------------------------------------------------------------

    def _start_backup(self) -> None:
        """The rolling backup on the lock's own thread; `_backed_up` follows on this one."""
        from app.vault import backup
        from app.vault.paths import data_folder

        dossier = self.win.dossier
        self._closing, self._outcome = dossier, None
        self.backing_up = True
        self.backup_failure = None  # this backup's outcome replaces an earlier one's
        try:
            keep = backup.keep_setting(dossier)  # read here: the worker never uses the connection
        except DossierError:  # a damaged page under the profile: the backup will say so
            keep = backup.DEFAULT_KEEP
        folder = data_folder() / "reservekopieen"

        def work() -> Path:
            try:
                made = backup.automatic_backup(dossier, folder, keep)
            except BaseException as exc:
                self._outcome = exc  # for finish_before_quit, which cannot wait for the relay
                raise
            self._outcome = made
            return made

        self._wait_timer.start()
        run_in_background(work, self._backed_up, self._backed_up, pool=self._pool, owner=self)

    def _show_wait(self) -> None:
        if not self.backing_up or self._quitting:
            return
        from ui.lock_wait import LockWaitDialog

        self.wait_dialog = LockWaitDialog()
        self.wait_dialog.show()

    def _backed_up(self, outcome: object) -> None:
        """The backup is done or failed: log it, close the dossier, ask for the passphrase."""
        dossier = self._closing
        if dossier is None:
            return  # finished already, at quit
        self._closing = None
        self.backing_up = False
        self._wait_timer.stop()
        unexpected = None
        if isinstance(outcome, DossierError):
            self.backup_failure = outcome
        elif isinstance(outcome, BaseException):
            unexpected = outcome
        else:
            try:
                dossier.log.add("backup")
            except DossierError as exc:
                self.backup_failure = exc
        dossier.close()
        if not self._quitting:
            self._ask_passphrase(dossier.path)
        if self.wait_dialog is not None:  # after the unlock dialog: never a moment of nothing
            self.wait_dialog.finish()  # type: ignore[attr-defined]  # a LockWaitDialog
            self.wait_dialog.deleteLater()
            self.wait_dialog = None
        if self.unlock_dialog is not None:
            self.unlock_dialog.activateWindow()  # the keyboard in its passphrase field, as before
        if unexpected is not None:
            raise unexpected  # a bug: the crash hook says so; the dossier is locked all the same

    def _ask_passphrase(self, path: Path) -> None:
        from ui.unlock import UnlockDialog

        dialog = UnlockDialog(path)
        self.unlock_dialog = dialog
        dialog.opened.connect(self.unlocked)
        dialog.open()
        waiting, self._when_locked = self._when_locked, []
        for then in waiting:
            then(dialog)
        self.unlockShown.emit(dialog)

    def finish_before_quit(self) -> None:
        """The app ends (a session that ends, the last window closed) while the lock's backup
        runs: wait for it — no backup is left half-made, the dossier's key is not wiped under
        it — and close the dossier here. ui/application.py then finds it closed and makes no
        backup of its own at close (it makes one only of a dossier still open): the two never
        run at once, and none runs on a closed dossier. A failure not yet told is told now."""
        self._quitting = True
        self._wait_timer.stop()
        if self._closing is not None:
            self._pool.waitForDone()
            self._backed_up(self._outcome)
        if self.backup_failure is not None and self.locked:
            self._tell_failure(in_window=False)

    def _tell_failure(self, in_window: bool) -> None:
        """The backup's own message (why it failed, what to do): over the main window once
        unlocked, and left in its status bar; on its own at quit."""
        from ui import msgbox

        failure, self.backup_failure = self.backup_failure, None
        if failure is None:
            return
        if in_window:
            self.win.statusBar().showMessage(failure.message)
        parent = self.win if in_window else None
        msgbox.error(parent, self.tr("Reservekopie niet gemaakt"),  # type: ignore[arg-type]
                     failure.message)

    # unlocking --------------------------------------------------------------------------------

    def unlocked(self, dossier: Dossier) -> None:
        self.locked = False
        self.unlock_dialog = None
        self.win.take_back(dossier)
        if self._selected >= 0:  # the clinician comes back to the case left, not the first
            self.win.select_case(self._selected)
        self.watcher.restart()
        if self._resume is not None:
            case_id, self._resume = self._resume, None
            self.win.open_case(case_id)
        self.win.lockedChanged.emit(False)
        if self._selected >= 0:
            # Once the notices have come back (the overdue banner takes rows from the list):
            # the case is selected again and scrolled into view, not left just below it.
            selected = self._selected
            QTimer.singleShot(0, self, lambda: self.win.select_case(selected))
        if self.backup_failure is not None:
            # Once the window is back and painted: the clinician, now at the dossier, reads it.
            QTimer.singleShot(0, self, lambda: self._tell_failure(in_window=True))
