"""Optional AES-256 password protection of a produced PDF; the password is never stored."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest
from pypdf import PdfReader

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.documents.melding import melding_pdf
from app.documents.pdf_protect import WeakPdfPassword, protect
from app.vault.dossier import Dossier
from tests.conftest import all_bytes_under
from ui import msgbox, preview_dialog
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)
PASSWORD = "telefonisch doorgeven 42"


def test_protected_pdf_needs_the_password_and_uses_aes_256():
    data = protect(melding_pdf(demo_melding(TODAY), DEMO_PROFILE, 1, TODAY), PASSWORD)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with pikepdf.open(io.BytesIO(data), password=PASSWORD) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256
        assert pdf.encryption.stream_method.name == "aesv3"
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    reader.decrypt(PASSWORD)
    assert "Melding van een vermoeden" in reader.pages[0].extract_text()


def test_short_pdf_password_is_refused():
    with pytest.raises(WeakPdfPassword):
        protect(b"%PDF-1.4", "kort")


def test_main_window_writes_a_protected_pdf_and_stores_no_password(qtbot, db_path, tmp_path):
    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(TODAY)
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, TODAY)
    window = MainWindow(d, today=TODAY)
    qtbot.addWidget(window)
    target = tmp_path / "mail" / "melding.pdf"
    target.parent.mkdir()
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(target), PASSWORD, False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        window.documents.make_pdf(case_id)
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(target)
    pikepdf.open(target, password=PASSWORD).close()
    window.close()
    d.close()
    for content in all_bytes_under(db_path.parent).values():
        assert PASSWORD.encode() not in content
