"""Moving a dossier to a new computer (issue 15, README "Installeren / Install"): on the old
computer a backup; on the new one, where Deelwijzer starts with "nieuw dossier", the backup is
put back from that first window, opened with its own passphrase, and nothing is lost."""

from __future__ import annotations

from app.vault import backup
from app.vault.dossier import Dossier
from ui import msgbox
from ui.unlock import CreateDialog

OLD = "het wachtwoord van de oude computer"


def _old_computer_backup(tmp_path):
    old = tmp_path / "oud" / "dossier.db"
    with Dossier.create(old, OLD) as dossier:
        case_id = dossier.cases.create("melding", {"feiten": "MarkerNieuweComputer"}, "Y.")
        made = backup.make_backup(dossier, tmp_path / "usb" / "dossier.dwbackup")
    return made, case_id


def test_a_backup_from_the_old_computer_becomes_the_dossier_on_the_new_one(qtbot, db_path,
                                                                         tmp_path):
    made, case_id = _old_computer_backup(tmp_path)
    dialog = CreateDialog(db_path)
    qtbot.addWidget(dialog)
    msgbox.answer_next(str(made), OLD, True, None)  # file, passphrase, confirm, "teruggezet"
    dialog.from_backup.click()
    qtbot.waitUntil(lambda: dialog.dossier is not None, timeout=20000)
    dossier = dialog.dossier
    try:
        assert dialog.restored and dossier.path == db_path
        assert dossier.cases.get(case_id).data == {"feiten": "MarkerNieuweComputer"}
        assert "restore" in [e["action"] for e in dossier.log.entries()]
        assert ("information", ) == msgbox.shown[-1][:1] and "(1 casus(sen))" in msgbox.shown[-1][1]
    finally:
        dossier.close()
    with Dossier.open(db_path, OLD) as again:  # the old passphrase opens it from now on
        assert again.cases.get(case_id).client_pseudonym == "Y."


def test_a_wrong_passphrase_for_the_backup_says_so_and_creates_nothing(qtbot, db_path,
                                                                     tmp_path):
    made, _case_id = _old_computer_backup(tmp_path)
    dialog = CreateDialog(db_path)
    qtbot.addWidget(dialog)
    msgbox.answer_next(str(made), "niet het goede wachtwoord")
    dialog.from_backup.click()
    qtbot.waitUntil(lambda: "wachtwoord" in dialog.message.text().lower(), timeout=20000)
    assert dialog.message.text().startswith("De reservekopie is niet teruggezet.")
    assert dialog.dossier is None and not db_path.exists()
    assert dialog.buttons.isEnabled()


def test_cancelling_the_file_or_the_passphrase_changes_nothing(qtbot, db_path, tmp_path):
    made, _case_id = _old_computer_backup(tmp_path)
    dialog = CreateDialog(db_path)
    qtbot.addWidget(dialog)
    msgbox.answer_next(None)
    dialog.from_backup.click()
    msgbox.answer_next(str(made), None)
    dialog.from_backup.click()
    qtbot.waitUntil(lambda: not msgbox.pending_answers())
    qtbot.wait(50)
    assert dialog.dossier is None and not db_path.exists()
