"""The access log: each action writes exactly one entry; tampering is detected by verify."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
import sqlcipher3

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.errors import WrongPassphrase
from app.vault import backup, recovery
from app.vault.access_log import log_head_path
from app.vault.dossier import Dossier
from app.vault.sql import key_connection
from tests.pdfcheck import flat, pdf_text
from ui import msgbox
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)
PASS = "een zin van vier woorden"


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, PASS)
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(TODAY)
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, TODAY)
    yield d
    if d._db is not None:
        d.close()


def new_entries(d, action):
    before = len(d.log.entries())
    action()
    return d.log.entries()[before:]


def test_each_action_writes_exactly_one_entry(qtbot, dossier, tmp_path):
    case_id = 1
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    followup = dossier.followups.of_case(case_id)[0]
    actions = {
        "create": lambda: dossier.cases.create("melding", {}, "K."),
        "change": lambda: dossier.contacts.add(case_id, "2026-11-28", "contact", "Gebeld."),
        "read": lambda: window.select_case(case_id),
        # Searched on the model's worker; the entry is written once the rows are shown.
        "search": lambda: (window.search.setText("Y."), window.apply_filter(),
                           qtbot.waitUntil(lambda: dossier.log.entries()[-1]["action"]
                                           == "search")),
        "pdf": lambda: dossier.cases.record_document(case_id, "melding", "ab" * 32),
        "copy": lambda: window.documents.copy_verslag(case_id),
        "backup": lambda: (backup.make_backup(dossier, tmp_path / "k.dwbackup"),
                           dossier.log.add("backup")),
        "passphrase": lambda: recovery.set_passphrase(dossier, "andere zin van vier woorden"),
        "view_log": lambda: window.show_log() if False else dossier.log.add("view_log"),
    }
    actions["change_followup"] = lambda: dossier.followups.complete(
        followup.id, "2026-11-28", {"received_on": "2026-11-28", "investigate": True})
    for name, action in actions.items():
        expected = name.split("_followup")[0]
        entries = new_entries(dossier, action)
        assert [e["action"] for e in entries] == [expected], name
        assert entries[0]["user"] == DEMO_PROFILE["name"]
    window.close()
    assert dossier.log.verify() == []


def test_unlock_and_failed_unlock_are_logged(dossier):
    path = dossier.path
    dossier.close()
    with pytest.raises(WrongPassphrase):
        Dossier.open(path, "fout")
    with Dossier.open(path, PASS) as d:
        actions = [e["action"] for e in d.log.entries()]
        assert actions[-2:] == ["unlock_failed", "unlock"]
        assert d.log.verify() == []


def test_log_refuses_update_and_delete(dossier):
    with pytest.raises(sqlcipher3.IntegrityError):
        dossier.db.execute("UPDATE access_log SET user = 'x' WHERE seq = 1")
    with pytest.raises(sqlcipher3.IntegrityError):
        dossier.db.execute("DELETE FROM access_log WHERE seq = 1")


def tamper(dossier, sql):
    """What someone with the key could do: drop the triggers, change rows."""
    db = key_connection(dossier.path, dossier._key)
    db.execute("DROP TRIGGER access_log_no_update")
    db.execute("DROP TRIGGER access_log_no_delete")
    db.execute(sql)
    db.commit()
    db.close()


def verify_cli(path):
    env = {**os.environ, "DEELWIJZER_PASSPHRASE": PASS}
    return subprocess.run([sys.executable, "-m", "ui.entry", "verify", "--db", str(path)],
                          capture_output=True, text=True, env=env, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_verify_names_the_first_edited_entry(dossier):
    tamper(dossier, "UPDATE access_log SET user = 'iemand anders' WHERE seq = 2")
    assert dossier.log.verify() == ["Toegangslog: regel 2 is gewijzigd."]
    path = dossier.path
    dossier.close()
    result = verify_cli(path)
    assert result.returncode != 0 and "regel 2 is gewijzigd" in result.stdout


def test_verify_detects_a_deleted_entry_in_the_middle(dossier):
    dossier.log.add("read", 1)
    dossier.log.add("read", 1)
    tamper(dossier, "DELETE FROM access_log WHERE seq = 3")
    assert dossier.log.verify() == ["Toegangslog: regel 3 ontbreekt (verwijderd)."]


def test_verify_detects_removal_of_the_last_entries(dossier):
    last = dossier.log.entries()[-1]["seq"]
    tamper(dossier, f"DELETE FROM access_log WHERE seq >= {last - 1}")
    problems = dossier.log.verify()
    assert problems and "mist de laatste" in problems[0]
    assert log_head_path(dossier.path).exists()


def test_who_accessed_this_dossier_pdf(qtbot, dossier):
    from app.documents.access_report import access_pdf
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    window.select_case(1)
    text = flat(pdf_text(access_pdf(dossier.log.entries_of_client("Y."), "Y.",
                                     dossier.profile(), TODAY)))
    assert "Wie heeft uw dossier ingezien?" in text
    assert "S. de Vries" in text and "Ingezien" in text and "Aangemaakt" in text
    window.close()


def test_log_viewer_shows_entries_and_logs_its_own_viewing(qtbot, dossier):
    from ui.access_log_dialog import AccessLogDialog
    dialog = AccessLogDialog(dossier, today=TODAY)
    qtbot.addWidget(dialog)
    assert "intact" in dialog.status.text()
    assert dialog.table.rowCount() == len(dossier.log.entries())
    assert dossier.log.entries()[-1]["action"] == "view_log"
    dialog.client.setCurrentIndex(dialog.client.findData("Y."))
    msgbox.answer_next(None)
    dialog.save_pdf()


def test_log_viewer_for_one_case(qtbot, dossier):
    from ui.access_log_dialog import AccessLogDialog
    dossier.cases.create("melding", {}, "K.")
    dialog = AccessLogDialog(dossier, today=TODAY, case_id=1)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(r, 4).text().split()[1] for r in range(dialog.table.rowCount())
             if dialog.table.item(r, 4).text().startswith("casus")}
    assert shown == {"1"}


def test_a_search_typed_letter_by_letter_is_one_entry_written_before_the_case_it_found(
        qtbot, dossier):
    """Issue 16: an entry per keystroke cost fsyncs on the GUI thread and emptied the
    reader's page cache before the next keystroke's query; "Y", "Y." is one search, logged
    once it has been shown a second, or at once when a case is opened from it."""
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    before = len(dossier.log.entries())
    for text in ("Y", "Y."):
        with qtbot.waitSignal(window.model.searched, timeout=10000):
            window.search.setText(text)
    assert [e["action"] for e in dossier.log.entries()[before:]] == []  # not yet: still typing
    window.select_case(1)
    actions = [e["action"] for e in dossier.log.entries()[before:]]
    assert actions == ["search", "read"]
    with qtbot.waitSignal(window.model.searched, timeout=10000):
        window.search.setText("Y")
    qtbot.waitUntil(lambda: dossier.log.entries()[-1]["action"] == "search", timeout=5000)
    assert [e["action"] for e in dossier.log.entries()[before:]] == ["search", "read", "search"]
