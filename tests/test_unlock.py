"""First start (new passphrase, typed twice, the risk explained) and unlocking, through widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.vault.paths import envelope_path
from tests.conftest import all_bytes_under
from ui.unlock import CreateDialog, UnlockDialog

GOOD = "paarden eten graag wortels"


def create(qtbot, path, passphrase=GOOD, repeat=None):
    dialog = CreateDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.repeat, passphrase if repeat is None else repeat)
    return dialog


def test_first_start_explains_the_risk_and_needs_the_passphrase_twice(qtbot, db_path):
    dialog = create(qtbot, db_path, repeat="")
    # Not typed again yet: asked for, not called a mismatch (an outside walk).
    assert dialog.message.text() == "Typ het wachtwoord nogmaals in het tweede veld."
    qtbot.keyClicks(dialog.repeat, "paarden eten graag wortel")
    # The risk, and the recovery code that the next window gives (no contradiction with it).
    assert "herstelcode" in dialog.intro.text() and "verloren" in dialog.intro.text()
    assert "herstelcode" in dialog.understood.text()
    assert not dialog.ok_button().isEnabled()
    assert "niet gelijk" in dialog.message.text()
    dialog.repeat.setText(GOOD)
    assert not dialog.ok_button().isEnabled()  # the risk must be acknowledged
    dialog.understood.setChecked(True)
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(dialog.opened, timeout=10000):
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.dossier.close()
    assert db_path.exists() and envelope_path(db_path).exists()


def test_short_passphrase_is_refused_with_advice(qtbot, db_path):
    dialog = create(qtbot, db_path, passphrase="kort")
    dialog.understood.setChecked(True)
    assert not dialog.ok_button().isEnabled()
    assert "te kort" in dialog.message.text() and "vier" in dialog.message.text()


def test_wrong_passphrase_message_inline_and_file_untouched(qtbot, db_path):
    dialog = create(qtbot, db_path)
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.opened, timeout=10000):
        dialog.submit()
    dialog.dossier.close()
    from app.vault.access_log import log_head_path

    def dossier_files():
        return {p: b for p, b in all_bytes_under(db_path.parent).items()
                if p != log_head_path(db_path)}

    before = dossier_files()

    unlock = UnlockDialog(db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase, "verkeerd wachtwoord")
    unlock.submit()
    qtbot.waitUntil(lambda: "wachtwoord klopt niet" in unlock.message.text(), timeout=10000)
    assert unlock.isVisible() and unlock.dossier is None
    assert dossier_files() == before

    unlock.passphrase.setText(GOOD)
    with qtbot.waitSignal(unlock.opened, timeout=10000):
        unlock.submit()
    assert unlock.dossier.cases.count() == 0
    unlock.dossier.close()


def test_not_a_dossier_gets_its_own_message(qtbot, tmp_path):
    bogus = tmp_path / "ander.db"
    bogus.write_bytes(b"geen dossier" * 100)
    unlock = UnlockDialog(bogus)
    qtbot.addWidget(unlock)
    unlock.passphrase.setText("wat dan ook")
    unlock.submit()
    qtbot.waitUntil(lambda: "geen Deelwijzer-dossier" in unlock.message.text(), timeout=10000)


def test_unexpected_error_report_never_prints_the_exception_text(qtbot, capsys, monkeypatch,
                                                                 tmp_path):
    import sys
    import threading

    from PySide6.QtWidgets import QApplication

    from ui import crash, msgbox

    monkeypatch.setenv("DEELWIJZER_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install(QApplication.instance())
    msgbox.answer_next(None)
    try:
        raise ValueError("cliënte Y. zegt geheime dingen")
    except ValueError as exc:
        crash.handle(ValueError, exc, exc.__traceback__)
    qtbot.waitUntil(lambda: msgbox.shown and msgbox.shown[-1][0] == "error")
    err = capsys.readouterr().err
    assert "ValueError" in err and "geheime" not in err
    assert msgbox.shown[-1][0] == "error" and "geheime" not in msgbox.shown[-1][1]
    log = (tmp_path / "deelwijzer.log").read_text(encoding="utf-8")
    assert "ValueError" in log and "test_unlock.py" in log and "geheime" not in log


def test_damaged_dossier_at_start_offers_the_newest_verified_backup(qtbot, db_path):
    from app.vault import backup
    from app.vault.dossier import Dossier
    from app.vault.paths import data_folder
    from ui import msgbox

    with Dossier.create(db_path, GOOD) as d:
        d.cases.create("melding", {"x": 1}, "Y.")
        backup.automatic_backup(d, data_folder() / "reservekopieen")
    raw = bytearray(db_path.read_bytes())
    raw[200] ^= 0xFF  # damage page 1
    db_path.write_bytes(bytes(raw))
    damaged = db_path.read_bytes()

    unlock = UnlockDialog(db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.passphrase.setText(GOOD)
    unlock.submit()
    qtbot.waitUntil(lambda: "beschadigd" in unlock.message.text(), timeout=10000)
    assert unlock.restore_button.isVisible()
    msgbox.answer_next(True)  # yes, put the backup back
    with qtbot.waitSignal(unlock.opened, timeout=10000):
        unlock.restore_button.click()
    assert unlock.dossier.cases.count() == 1
    unlock.dossier.close()
    kept = list((data_folder() / "vervangen").glob("*/dossier.db"))
    assert any(k.read_bytes() == damaged for k in kept)  # the damaged file is kept, untouched


def _rolled_back(db_path):
    """A dossier whose folder was put back after a case was deleted."""
    from app.vault.access_log import log_head_path
    from app.vault.dossier import Dossier

    with Dossier.create(db_path, GOOD) as d:
        d.cases.create("melding", {}, "Y.")
    files = [db_path, envelope_path(db_path), log_head_path(db_path)]
    saved = {p: p.read_bytes() for p in files}
    with Dossier.open(db_path, GOOD) as d:
        d.cases.delete(1, "op verzoek van de cliënt")
    for p, data in saved.items():
        p.write_bytes(data)


def test_an_older_dossier_asks_the_user_and_can_be_used_on_purpose(qtbot, db_path):
    from ui import msgbox

    _rolled_back(db_path)
    unlock = UnlockDialog(db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase, GOOD)
    msgbox.answer_next(1)  # "Deze versie gebruiken"
    with qtbot.waitSignal(unlock.opened, timeout=10000):
        unlock.submit()
    assert any("ouder dan de versie" in text for kind, text in msgbox.shown if kind == "choose")
    dossier = unlock.dossier
    assert not dossier.read_only and dossier.cases.count() == 1
    assert dossier.log.entries()[-1]["action"] == "restore"
    dossier.close()


def test_an_older_dossier_is_not_opened_when_the_user_declines(qtbot, db_path):
    from ui import msgbox

    _rolled_back(db_path)
    before = db_path.read_bytes()
    unlock = UnlockDialog(db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.passphrase, GOOD)
    msgbox.answer_next(None)  # closed the question
    unlock.submit()
    qtbot.waitUntil(lambda: "ouder dan de versie" in unlock.message.text(), timeout=10000)
    assert unlock.dossier is None and unlock.isVisible()
    assert db_path.read_bytes() == before


def test_unlocking_waits_for_a_deelwijzer_that_is_still_closing(qtbot, db_path):
    """A restart within seconds of quitting met "al geopend": the old process was still
    making its rolling backup. The unlock now waits for it to let go."""
    from PySide6.QtCore import QTimer

    from app.vault.dossier import Dossier
    from app.vault.lock import DossierLock

    Dossier.create(db_path, GOOD).close()
    old_process = DossierLock(db_path).acquire()  # still busy closing
    QTimer.singleShot(800, old_process.release)
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(GOOD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=15000)
    assert dialog.result() == QDialog.DialogCode.Accepted  # opened, no "al geopend"
    dialog.dossier.close()


def test_waiting_for_the_lock_gives_up_and_takes_nothing(tmp_path):
    import time

    from app.vault.lock import DossierLock, wait_until_free

    path = tmp_path / "dossier.db"
    other = DossierLock(path).acquire()
    began = time.monotonic()
    assert not wait_until_free(path, 0.5)
    assert time.monotonic() - began >= 0.5
    other.release()
    assert wait_until_free(path, 0.5)
    DossierLock(path).acquire().release()  # not left taken by the wait


def test_while_another_deelwijzer_has_the_dossier_the_wait_is_said_and_can_be_stopped(
        qtbot, db_path):
    """The wait is said at once (an outside walk: 20 s of 'Bezig met ontgrendelen…' with every
    button off), and 'Afsluiten' ends it without opening anything."""
    from app.vault.dossier import Dossier
    from app.vault.lock import DossierLock

    Dossier.create(db_path, GOOD).close()
    other = DossierLock(db_path).acquire()  # a second Deelwijzer, not closing
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(GOOD)
    dialog.submit()
    assert "nog geopend in een ander venster" in dialog.message.text()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert cancel.isEnabled()
    dialog.submit()  # a second Enter meanwhile starts nothing more
    cancel.click()
    qtbot.waitUntil(lambda: not dialog._waiting_for_lock, timeout=5000)
    assert dialog.dossier is None and dialog.result() == QDialog.DialogCode.Rejected
    other.release()
    DossierLock(db_path).acquire().release()  # nothing of the dialog holds it


def test_quitting_during_the_wait_ends_without_an_error_report(tmp_path):
    """'Afsluiten' during the wait ends the program while the wait's worker still runs: its
    answer then has no one to go to. That was logged as an unexpected error at every such
    quit (found on review); now the program ends quietly."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = """
import sys
from pathlib import Path
from app.vault import keys
keys.DEFAULT_KDF = keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1)
from app.vault.dossier import Dossier
from app.vault.lock import DossierLock
path = Path(sys.argv[1])
Dossier.create(path, "paarden eten graag wortels").close()
other = DossierLock(path).acquire()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.application
app = QApplication(["deelwijzer"])
def act():
    [dialog] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "UnlockDialog"]
    dialog.passphrase.setText("paarden eten graag wortels")
    dialog.submit()
    QTimer.singleShot(400, dialog.reject)
QTimer.singleShot(200, act)
sys.exit(ui.application.run(path))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "DEELWIJZER_LOG_DIR": str(tmp_path / "log")}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "dossier.db")],
                            capture_output=True, text=True, env=env, timeout=60,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.returncode == 0, result.stderr
    assert "onverwachte fout" not in result.stderr
    assert not (tmp_path / "log" / "deelwijzer.log").exists()


def test_messages_under_the_fields_move_neither_the_fields_nor_the_buttons(qtbot, db_path):
    """A message appearing, changing (two lines, one) or going left the window taller each
    time and the fields shifting by 7 px (an outside walk): room for two lines is kept from
    the start, and a stretch under the message takes what is left over."""
    dialog = CreateDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def where() -> tuple:
        return (dialog.height(), dialog.passphrase.geometry(), dialog.repeat.geometry(),
                dialog.understood.geometry(), dialog.buttons.geometry())

    first = where()
    qtbot.keyClicks(dialog.passphrase, "kort")  # too short: a two-line message
    qtbot.wait(50)
    assert "te kort" in dialog.message.text() and where() == first
    dialog.passphrase.setText(GOOD)
    qtbot.keyClicks(dialog.repeat, "anders")  # not the same: one line
    qtbot.wait(50)
    assert "niet gelijk" in dialog.message.text() and where() == first
    dialog.repeat.setText(GOOD)
    dialog.understood.setChecked(True)
    qtbot.wait(50)
    assert dialog.message.text() == "" and where() == first


def test_a_longer_message_makes_the_window_taller_before_anything_is_painted(qtbot, db_path):
    """Grown a moment later, the new contents were laid out in the old height and painted so
    for a frame, overlapping (an outside walk saw it at 'Dossier maken'): the window grows as
    the layout takes the message in, with no paint in between."""
    from PySide6.QtCore import QCoreApplication

    dialog = CreateDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.message.setText(" ".join(["Een lange uitleg van wat er mis is gegaan."] * 6))
    QCoreApplication.sendPostedEvents()  # the layout's request; no timer, no paint yet
    assert dialog.height() > before
    assert dialog.layout().totalHeightForWidth(dialog.width()) <= dialog.height()
