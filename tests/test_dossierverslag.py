"""The dossierverslag: the step-7 record for the clinician's own EPD, as text and as PDF."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtGui import QGuiApplication

from app import service
from app.demo import DEMO_PROFILE, demo_melding, demo_request
from app.documents import dossierverslag
from app.vault.dossier import Dossier
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    yield d
    d.close()


def finished(dossier, data):
    case_id = dossier.cases.create(type(data).__name__.lower(), data.to_dict(),
                                   data.client_pseudonym)
    service.finish(dossier, case_id, data, TODAY)
    return case_id


@pytest.mark.handbook("7.melder.5", "7.melder.6", "7.instelling.5", "4.ontvanger.4")
def test_text_and_pdf_hold_every_step7_item_and_what_followed(dossier):
    case_id = finished(dossier, demo_melding(TODAY))
    decision = dossier.followups.of_case(case_id)[0]
    dossier.followups.complete(decision.id, "2026-11-28", {"received_on": "2026-11-28",
                                                           "investigate": False,
                                                           "report_again_when": "bij nieuw letsel"})
    dossier.contacts.add(case_id, "2026-11-27", "contact", "Overleg met de huisarts.")
    verslag = dossierverslag.build(service.case_history(dossier, case_id), TODAY)
    text = dossierverslag.as_text(verslag)
    for label in ("De inhoud van de melding", "De feiten en omstandigheden",
                  "Of de cliënt van de melding", "De contacten naar aanleiding van de melding",
                  "Het vervolg op de melding, voor zover Veilig Thuis of de Raad"):
        assert label in text
    # The labels name the organisations as they are called now, not as in 2013.
    assert "AMK" not in text and "Bureau Jeugdzorg" not in text
    # What the receiver told of its way of working, what the melder does meanwhile and when
    # the melder reports again (4.ontvanger.1, 4) are in the record.
    m = demo_melding(TODAY)
    for recorded in (m.expectations.procedure_note, m.expectations.protect_meanwhile,
                     m.expectations.report_again_when):
        assert recorded in text, recorded
    assert "Wordt niet onderzocht." in text and "bij nieuw letsel" in text
    assert "Overleg met de huisarts." in text
    assert "Bewaartermijn" in text and "2046" in text
    assert "S. de Vries" in text  # melder: name, function, contact (7.instelling.4)
    pdf = flat(pdf_text(dossierverslag.as_pdf(verslag, DEMO_PROFILE, TODAY)))
    assert "Dossierverslag — Melding doen" in pdf
    assert "Overleg met de huisarts." in pdf and "bij nieuw letsel" in pdf


def test_verslag_carries_the_dossier_not_the_checks_findings(dossier):
    """Findings are the clinician's working aid: kept with the entry, never in the verslag
    (which is filed, and shown at inzage)."""
    v = demo_request(TODAY)
    v.questions[0].answer += " Hij is een liefdevolle vader."
    case_id = finished(dossier, v)
    [entry] = dossier.cases.entries(case_id)
    assert any(f["text"] == "Hij is een liefdevolle vader" for f in entry["open_findings"])
    history = service.case_history(dossier, case_id)
    text = dossierverslag.as_text(dossierverslag.build(history, TODAY))
    assert "Hij is een liefdevolle vader" in text  # the answer itself, as given
    assert "BEVINDINGEN" not in text and "oordeel." not in text


def test_copy_as_text_puts_the_verslag_on_the_clipboard(qtbot, dossier):
    from ui.main_window import MainWindow
    case_id = finished(dossier, demo_melding(TODAY))
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    window.select_case(case_id)
    window.documents.copy_verslag(case_id)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Dossierverslag — Melding doen")
    assert "Mondeling" in copied or "mondeling" in copied.lower()
    window.close()


def test_copied_text_is_cleared_later_unless_the_user_copied_something_else(qtbot):
    from ui import clipboard
    clipboard.copy_sensitive("geheime tekst", clear_after_ms=50)
    assert clipboard.holds_ours()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    clipboard.copy_sensitive("geheime tekst", clear_after_ms=50)
    QGuiApplication.clipboard().setText("iets anders van de gebruiker")
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "iets anders van de gebruiker"
