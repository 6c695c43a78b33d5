"""Deleting a case on the client's request: confirmed, with a reason, gone from every byte."""

from __future__ import annotations

from datetime import date

import pytest

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.vault.dossier import Dossier
from tests.conftest import all_bytes_under
from ui.main_window import MainWindow

MARKER = "VernietigMijMarker77"
TODAY = date(2026, 11, 29)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(TODAY)
    m.content = f"{MARKER} " * 50
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, TODAY)
    d.contacts.add(case_id, "2026-11-28", "contact", MARKER)
    d.cases.create("melding", {"x": 1}, "K.")
    yield d
    if d._db is not None:
        d.close()


def decrypted_pages(path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted (AES-256-CBC with the raw key; the IV sits in
    each page's 80-byte reserve, before the HMAC). Freed pages included: what a disk holds."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw, size, reserve = path.read_bytes(), 4096, 80
    out = []
    for start in range(0, len(raw) - size + 1, size):
        page = raw[start:start + size]
        body = page[16 if start == 0 else 0:size - reserve]  # page 1 starts with the salt
        iv = page[size - reserve:size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(out)


def test_deleted_case_is_gone_from_every_page_and_logged(dossier):
    dossier.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    key = dossier._key
    assert MARKER.encode() in decrypted_pages(dossier.path, key)  # the decryption works
    dossier.cases.delete(1, "Verzoek van de cliënt van 20 november")
    assert dossier.cases.count() == 1
    assert dossier.cases.count(text=MARKER) == 0
    assert dossier.followups.of_case(1) == [] and dossier.contacts.of_case(1) == []
    entry = dossier.log.entries()[-1]
    assert entry["action"] == "delete" and entry["case_id"] == 1
    assert "Verzoek van de cliënt" in entry["outcome"]
    assert dossier.log.verify() == []
    path = dossier.path
    dossier.close()
    assert MARKER.encode() not in decrypted_pages(path, key)  # freed pages were zeroed
    for content in all_bytes_under(path.parent).values():
        assert MARKER.encode() not in content


def test_delete_needs_a_reason(dossier):
    with pytest.raises(ValueError):
        dossier.cases.delete(1, "  ")
    assert dossier.cases.count() == 2


def test_delete_dialog_needs_the_pseudonym_typed(qtbot, dossier):
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)

    def fill(dialog):
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.reason.setPlainText("Verzoek van de cliënt")
        assert not ok.isEnabled()
        dialog.confirm.setText("K.")  # the wrong client
        assert not ok.isEnabled()
        dialog.confirm.setText("Y.")
        assert ok.isEnabled()
        return True

    window.exec_dialog = fill
    assert window.delete_case(1)
    assert dossier.cases.count() == 1
    window.close()


def _box_answered_with_enter(qtbot, ask) -> tuple[object, str]:
    """What `ask()` returns when the user presses Enter in its box, and the default button."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    default: list[str] = []

    def enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default.append(box.defaultButton().text().replace("&", ""))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, enter)
    return ask(), default[0]


def test_enter_in_a_destructive_confirmation_keeps_what_is_there(qtbot):
    """Removing, deleting, replacing: 'Nee' (or 'Annuleren') is the default button."""
    from ui import msgbox

    assert _box_answered_with_enter(qtbot, lambda: msgbox.question(
        None, "Concept verwijderen?", "Het concept verwijderen?", destructive=True))[0] is False
    assert _box_answered_with_enter(qtbot, lambda: msgbox.question(
        None, "PDF opgeslagen", "Openen?"))[0] is True  # a harmless question: Ja
    assert _box_answered_with_enter(qtbot, lambda: msgbox.choose(
        None, "Ouder dan verwacht", "Wat nu?", ["Terugzetten…", "Deze versie gebruiken"])) \
        == (None, "Annuleren")


def test_deleting_a_draft_asks_with_no_as_the_default(qtbot, dossier, monkeypatch):
    from ui import draft_delete, msgbox

    asked = []
    monkeypatch.setattr(msgbox, "question", lambda *a, **k: asked.append(k) or False)
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    draft = 2  # the fixture's second case, 'K.', never finished
    assert dossier.cases.get(draft).status == "concept"
    assert draft_delete.delete_draft(window, draft) is False
    assert asked == [{"destructive": True}]
