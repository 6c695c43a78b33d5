"""Locking with the rolling backup off the GUI thread (ui/main_lock.py): the window with client
data goes at once, a small data-free window says what is happening while a slow backup runs,
and only then does the dossier close and the unlock dialog come. A real dossier on disk; the
backup is real too — some tests only hold it back at its start (a gate), to see the moment in
between that a 224 MiB dossier makes last 8–9 seconds."""

from __future__ import annotations

import threading
import time
from datetime import date
from types import SimpleNamespace

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from app import demo
from app.demo import DEMO_PROFILE
from app.errors import LocationNotWritable
from app.vault import backup
from app.vault.dossier import Dossier
from app.vault.paths import data_folder
from ui import a11y, msgbox
from ui.main_window import MainWindow
from ui.progress import DELAY_MS
from ui.unlock import UnlockDialog

TODAY = date(2026, 11, 29)
PASS = "paarden eten graag wortels"
CLIENT = "Yvonne de Graaf"


@pytest.fixture
def window(qtbot, db_path):
    d = Dossier.create(db_path, PASS)
    d.set_profile(DEMO_PROFILE)
    for n in range(3):
        melding = demo.demo_melding(TODAY)
        d.cases.create("melding", melding.to_dict(), f"{CLIENT} {n}")
    w = MainWindow(d, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.locking.backing_up, timeout=20000)
    if w.locking.unlock_dialog is not None:
        w.locking.unlock_dialog.close()
    w.close()
    if w.dossier._db is not None:
        w.dossier.close()
    msgbox._answers.clear()


@pytest.fixture
def gate(window, monkeypatch):
    """The real backup, held at its start until `open()`: a backup that takes as long as the
    test wants. Torn down before `window`, so no test leaves it shut."""
    opened, started = threading.Event(), threading.Event()
    real = backup.automatic_backup

    def held(*args, **kwargs):
        started.set()
        opened.wait(timeout=30)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "automatic_backup", held)
    yield SimpleNamespace(open=opened.set, started=started)
    opened.set()


def backups() -> list:
    return backup.backups_in(data_folder() / "reservekopieen")


def no_leftovers() -> bool:
    folder = data_folder() / "reservekopieen"
    return not list(folder.glob(".dw-backup-*")) and not list(folder.glob(".*.tmp"))


def shown_in_list(window: MainWindow) -> str:
    model = window.model
    return " ".join(str(model.index(r, c).data() or "") for r in range(model.rowCount())
                    for c in range(model.columnCount())).strip()


def visible_unlock_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, UnlockDialog) and w.isVisible()]


def test_the_window_goes_at_once_and_the_unlock_dialog_follows_the_backup(
        qtbot, window, gate, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _w, text: said.append(text))
    window.table.selectRow(0)
    assert window.panel.browser.toPlainText() and CLIENT in shown_in_list(window)
    locking = window.locking

    window.lock()
    assert not window.isVisible()  # before the backup has even begun
    assert window.panel.browser.toPlainText() == "" and shown_in_list(window) == ""
    assert locking.locked and locking.backing_up and window.dossier.is_open
    assert gate.started.wait(timeout=10)
    # No unlocking while the backup's connection is open (a second open would fail).
    assert locking.unlock_dialog is None and visible_unlock_dialogs() == []
    # A second request while locking — Ctrl+L, the screen locking, suspend — changes nothing.
    window.lock()
    locking.session_watcher.on_sleep(True)
    assert locking.wait_dialog is None  # nothing for the first half second

    qtbot.waitUntil(lambda: locking.wait_dialog is not None and locking.wait_dialog.isVisible(),
                    timeout=DELAY_MS + 3000)
    wait = locking.wait_dialog
    assert wait.heading.text() == "Deelwijzer is vergrendeld."
    assert wait.detail.text().startswith("De reservekopie wordt gemaakt…")
    assert said == [wait.message()] and wait.accessibleDescription() == wait.message()
    shown = " ".join([wait.windowTitle(), wait.message()])
    assert CLIENT not in shown and str(window.dossier.path) not in shown  # no data in it
    qtbot.keyClick(wait, Qt.Key.Key_Escape)  # nothing to cancel: it stays
    assert wait.isVisible() and locking.backing_up

    gate.open()
    qtbot.waitUntil(lambda: locking.unlock_dialog is not None, timeout=20000)
    unlock = locking.unlock_dialog
    assert visible_unlock_dialogs() == [unlock]
    assert not isValid(wait) or not wait.isVisible()  # gone (deleted soon after it hid)
    assert locking.wait_dialog is None and not window.dossier.is_open
    qtbot.waitUntil(lambda: QApplication.focusWidget() is unlock.passphrase, timeout=3000)
    [made] = backups()  # one backup, though the lock was asked for three times
    assert no_leftovers() and backup.inspect(made, PASS).cases == 3

    unlock.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        unlock.submit()
    assert window.isVisible() and not window.locked
    actions = [e["action"] for e in window.dossier.log.entries()]
    # The case selected at the lock is shown again: a read, logged after the unlock.
    assert actions[-3:] == ["backup", "unlock", "read"] and actions.count("backup") == 1


def test_a_quick_backup_shows_no_waiting_window(qtbot, window, monkeypatch):
    from ui import lock_wait

    shown: list[object] = []
    monkeypatch.setattr(lock_wait.LockWaitDialog, "show", lambda self: shown.append(self))
    start = time.monotonic()
    window.lock()
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)
    if time.monotonic() - start < DELAY_MS / 1000 * 0.8:  # a slow disk: no verdict to give
        assert shown == []
    assert len(backups()) == 1 and not window.dossier.is_open


def _backup_folder_unusable() -> None:
    folder = data_folder() / "reservekopieen"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("geen map")  # a file where the folder should be (root ignores modes)


def test_a_failing_backup_still_locks_and_is_said_after_unlocking(qtbot, window):
    _backup_folder_unusable()
    window.lock()
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)
    assert not window.dossier.is_open and not window.isVisible()
    failure = window.locking.backup_failure
    assert isinstance(failure, LocationNotWritable) and "reservekopie" in failure.message
    before = len(msgbox.shown)  # nothing said on the locked screen
    msgbox.answer_next(None)  # the message box after unlocking: OK

    unlock = window.locking.unlock_dialog
    unlock.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        unlock.submit()
    qtbot.waitUntil(lambda: len(msgbox.shown) > before, timeout=3000)
    assert msgbox.shown[before:] == [("error", failure.message)]
    assert window.statusBar().currentMessage() == failure.message
    assert window.locking.backup_failure is None
    actions = [e["action"] for e in window.dossier.log.entries()]
    assert "backup" not in actions  # only a backup that was made is logged


def test_a_failure_not_yet_told_when_the_app_quits_is_told_then(qtbot, window):
    _backup_folder_unusable()
    window.lock()
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)
    failure, before = window.locking.backup_failure, len(msgbox.shown)
    assert failure is not None
    msgbox.answer_next(None)
    window.locking.finish_before_quit()  # what QApplication.aboutToQuit calls
    assert msgbox.shown[before:] == [("error", failure.message)]
    assert window.locking.backup_failure is None


def test_quitting_while_the_backup_runs_waits_for_it_and_closes_the_dossier(
        qtbot, window, gate):
    dossier = window.dossier
    window.lock()
    assert gate.started.wait(timeout=10)
    threading.Timer(0.3, gate.open).start()  # the backup goes on for a while after the quit
    start = time.monotonic()
    window.locking.finish_before_quit()  # QApplication.aboutToQuit: blocks until it is done
    assert time.monotonic() - start >= 0.25
    # Closed here: ui/application.py makes its close backup only of a dossier still open
    # (`dossier._db is not None`), so it neither runs beside this one nor on a closed dossier.
    assert dossier._db is None and dossier._key == b""
    assert window.locking.unlock_dialog is None and visible_unlock_dialogs() == []
    [made] = backups()
    assert no_leftovers() and backup.inspect(made, PASS).cases == 3
    with Dossier.open(dossier.path, PASS) as again:  # the backup was logged before closing
        actions = [e["action"] for e in again.log.entries()]
    assert actions[-2:] == ["backup", "unlock"]
    qtbot.wait(50)  # the worker's own answer arrives late: it changes nothing
    assert window.locking.unlock_dialog is None and not dossier.is_open
