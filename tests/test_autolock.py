"""Auto-lock: after inactivity the connection closes and every model drops its case data; the
edit in progress is kept as an encrypted draft; unlocking returns to the same page."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.demo import DEMO_PROFILE
from app.vault.dossier import Dossier
from tests.wizard_helpers import fill_betrokkenen, past_weighing
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)
PASS = "paarden eten graag wortels"


@pytest.fixture
def window(qtbot, db_path):
    d = Dossier.create(db_path, PASS)
    d.set_profile(DEMO_PROFILE)
    w = MainWindow(d, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.locking.backing_up, timeout=20000)  # no backup left running
    if w.locking.unlock_dialog is not None:
        w.locking.unlock_dialog.close()
    w.close()
    if w.dossier._db is not None:
        w.dossier.close()


def wait_for_unlock_dialog(qtbot, window):
    """The lock hides the window at once; the unlock dialog follows its backup (off the GUI
    thread), so it is waited for."""
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)
    return window.locking.unlock_dialog


def test_inactivity_locks_and_unlocking_returns_to_the_same_page(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    fill_betrokkenen(qtbot, page, label="Y.", name="Yvonne de Graaf", role="moeder",
                     children=(("Anouk Verbeek", "12-03-2022"),),
                     address="Hoogstraat 48, 3552 XK Utrecht",
                     relation="Ik ben de behandelaar van de moeder.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.current_page().openness.concerns_note.setPlainText("Onafgemaakte zin, nog niet")
    case_id = wizard.case_id

    window.locking.watcher.timer.setInterval(50)
    window.locking.watcher.restart()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    window.locking.watcher.timer.setInterval(60_000)  # back to normal before unlocking again
    assert window.wizard is None and not window.isVisible()  # gone at once, backup or not
    wait_for_unlock_dialog(qtbot, window)
    assert window.dossier._db is None  # the connection is closed
    assert window.model.rowCount() == 0 and window.model._dossier is None
    assert window.wizard is None and not window.isVisible()
    assert window.panel.browser.toPlainText() == ""
    assert window.locking.unlock_dialog is not None and window.locking.unlock_dialog.isVisible()

    window.locking.unlock_dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        window.locking.unlock_dialog.submit()
    assert not window.locked and window.isVisible()
    assert window.model.rowCount() == 1
    resumed = window.wizard
    assert resumed is not None and resumed.case_id == case_id
    assert resumed.current_page().spec.id == "openness"
    assert resumed.current_page().openness.concerns_note.text() == "Onafgemaakte zin, nog niet"


def test_a_new_melding_locked_on_its_first_page_comes_back_on_it(qtbot, window):
    """A new melding opens on the meldcode weighing, complete while empty: unlocking returns
    to it, not to the page after it."""
    wizard = window.new_melding()
    assert wizard.current_page().spec.id == "weighing"
    case_id = wizard.case_id
    window.locking.watcher.timer.setInterval(50)
    window.locking.watcher.restart()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    window.locking.watcher.timer.setInterval(60_000)
    wait_for_unlock_dialog(qtbot, window).passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        window.locking.unlock_dialog.submit()
    resumed = window.wizard
    assert resumed is not None and resumed.case_id == case_id
    assert resumed.current_page().spec.id == "weighing"


def test_input_restarts_the_inactivity_timer(qtbot, window):
    window.locking.watcher.timer.setInterval(400)
    window.locking.watcher.restart()
    for _ in range(4):
        qtbot.wait(200)
        qtbot.keyClick(window.search, "a")
    assert not window.locked


def test_lock_on_request_with_ctrl_l(qtbot, window):
    qtbot.keyClicks(window.search, "Y")  # a search still pending when the lock comes
    window.main_actions.lock.trigger()
    assert window.locked and not window.isVisible()
    wait_for_unlock_dialog(qtbot, window)
    assert window.dossier._db is None
    qtbot.wait(300)  # no delayed search may touch the closed dossier


def test_suspend_or_screen_lock_signal_locks(qtbot, window):
    window.locking.session_watcher.on_screensaver(False)
    assert not window.locked
    window.locking.session_watcher.on_sleep(True)  # what logind sends before suspending
    assert window.locked and not window.isVisible()
    wait_for_unlock_dialog(qtbot, window)
    assert window.dossier._db is None


def test_the_window_and_its_parts_hide_no_qt_method(window):
    """The main window's parts are attributes (documents, locking, main_actions); none may
    shadow a method Qt or other code calls on the window, as `actions` would QWidget.actions."""
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QMainWindow

    # PySide keeps connected signals in the instance dict; those are Qt's own, not ours.
    shadowing = sorted(name for name in vars(window) if hasattr(QMainWindow, name)
                       and not isinstance(getattr(QMainWindow, name), Signal))
    assert shadowing == []


def _unlock(qtbot, window):
    dialog = wait_for_unlock_dialog(qtbot, window)
    dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        dialog.submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10000)


def test_a_closed_wizard_does_not_stop_a_later_lock(qtbot, window):
    """An outside walk: open a concept, close its wizard, lock, unlock, lock again — the second
    lock raised (the old wizard, kept hidden, saved its draft into the closed dossier) and left
    the client data on screen. A closed wizard is deleted, and every lock locks."""
    wizard = window.new_melding()
    wizard.reject()  # 'Sluiten (concept blijft bewaard)'
    qtbot.waitUntil(lambda: window.wizard is None, timeout=3000)
    for _ in range(2):
        window.lock()
        assert window.locked and not window.isVisible()
        _unlock(qtbot, window)
    window.lock()
    assert window.locked and not window.isVisible()
    wait_for_unlock_dialog(qtbot, window)


def test_ctrl_l_locks_from_inside_the_wizard(qtbot, window):
    wizard = window.new_melding()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    target = QApplication.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.wizard is None and not window.isVisible()
    wait_for_unlock_dialog(qtbot, window)


def test_unlocking_selects_the_case_that_was_selected(qtbot, window):
    """After unlocking, the list showed the first case, not the one the clinician had open
    (an outside walk): the selection comes back."""
    from app import service
    from app.demo import demo_melding

    dossier = window.dossier
    m = demo_melding(date(2026, 11, 10))
    ids = [dossier.cases.create("melding", m.to_dict(), f"{chr(65 + i % 26)}.")
           for i in range(60)]
    service.finish(dossier, ids[1], m, date(2026, 11, 10))  # overdue: the banner comes back
    window.resize(1200, 700)
    window.refresh()
    window.select_case(ids[1])
    assert window.selected_case() == ids[1]
    window.main_actions.lock.trigger()
    dialog = wait_for_unlock_dialog(qtbot, window)
    dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        dialog.submit()
    assert window.selected_case() == ids[1]
    assert window.model.row_of(ids[1]) != 0  # not simply the first row
    row = window.model.index(window.model.row_of(ids[1]), 0)
    # In view once the banner is back above the list (it was left just below the list's edge).
    qtbot.waitUntil(lambda: window.table.viewport().rect().contains(
        window.table.visualRect(row).center()))
    qtbot.wait(100)
    assert window.table.viewport().rect().contains(window.table.visualRect(row).center())
