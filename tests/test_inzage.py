"""The inzage copy (BW 7:456): third-party items screened off with a reason, absent from the PDF."""

from __future__ import annotations

from datetime import date

import pytest

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.documents import inzage
from app.vault.dossier import Dossier
from tests.pdfcheck import flat, pdf_text
from ui import msgbox, preview_dialog
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)
SECRET = "dr. Terpstra wil anoniem blijven"  # not the demo's huisarts (dr. E. Koster)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(date(2026, 11, 15))
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, date(2026, 11, 15))
    d.contacts.add(case_id, "2026-11-20", "contact", f"Gebeld met de huisarts; {SECRET}.")
    yield d
    d.close()


def test_screened_text_is_absent_and_the_rest_present(dossier):
    items = inzage.items_for_client(service.client_histories(dossier, "Y."), TODAY)
    [secret] = [i for i in items if SECRET in i.text]
    assert secret.third_party_hint
    screened = {secret.id: "Betreft de huisarts, die anonimiteit vroeg."}
    text = flat(pdf_text(inzage.inzage_pdf("Y.", "client", items, screened, DEMO_PROFILE,
                                           TODAY)))
    assert SECRET not in text and "Terpstra" not in text
    assert inzage.SCREENED_TEXT in text
    assert "Ik zag blauwe plekken op beide onderarmen van cliënte." in text
    assert "Afschrift van uw dossier" in text


def test_screening_needs_a_reason_and_is_recorded_without_the_text(dossier):
    items = inzage.items_for_client(service.client_histories(dossier, "Y."), TODAY)
    assert inzage.check_screening({items[0].id: " "})
    service.record_inzage(dossier, "Y.", "parents", items, {items[0].id: "derde"})
    [rec] = dossier.inzage.records("Y.")
    assert rec["requester"] == "parents"
    assert rec["screened"] == [{"id": items[0].id, "reason": "derde"}]
    assert items[0].text not in str(rec)


def test_inzage_dialog_end_to_end(qtbot, dossier, tmp_path):
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    window.show()

    def screen_the_gp(dialog):
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        row = next(r for r, i in enumerate(dialog.items) if SECRET in i.text)
        dialog.table.item(row, 0).setCheckState(dialog.table.item(row, 0).checkState().Checked)
        assert not dialog.validate()  # a screened item without a reason blocks
        assert "reden" in dialog.message.text()
        dialog.set_screened(row, "Betreft de huisarts (anonimiteit toegezegd).")
        return dialog.validate()

    window.exec_dialog = screen_the_gp
    pdf_path = tmp_path / "inzage.pdf"
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(pdf_path), "", False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        window.make_inzage("Y.")
    text = flat(pdf_text(pdf_path.read_bytes()))
    assert SECRET not in text and inzage.SCREENED_TEXT in text
    screened = {s["id"]: s["reason"] for s in dossier.inzage.records("Y.")[0]["screened"]}
    secret_id = next(i.id for i in inzage.items_for_client(
        service.client_histories(dossier, "Y."), TODAY) if SECRET in i.text)
    assert screened[secret_id].startswith("Betreft")
    # The app's proposals were screened too, with their reasons: the grandmother, the huisarts,
    # the partner and the father are not in it.
    for other in ("Graaf", "Koster", "Kramer", "Marco"):
        assert other not in text, other
    window.close()


def test_the_demo_copy_proposes_screening_the_grandmother_the_huisarts_and_the_apart_part(
        dossier):
    """Every passage that names a recorded person other than the client is proposed, with the
    reason filled in; the client's and the children's own names propose nothing (the children
    share their father's surname)."""
    items = inzage.items_for_client(service.client_histories(dossier, "Y."), TODAY)
    proposed = {i.label: i.proposal for i in items if i.proposal}
    network = next(i for i in items if "Ria de Graaf" in i.text)
    assert "Ria de Graaf (grootmoeder" in network.proposal and "BW 7:457" in network.proposal
    huisarts = next(i for i in items if "dr. E. Koster" in i.text)
    assert "dr. E. Koster (huisarts)" in huisarts.proposal
    household = next(i for i in items if i.label == "Anderen in het huishouden")
    assert "Dennis Kramer (partner van cliënte" in household.proposal
    content = next(i for i in items if "de heer Kramer" in i.text)  # the partner, by surname
    assert content.proposal
    assert "Apart gegeven, niet voor het gezin" in proposed  # the part the family may not read
    withheld = next(i for i in items if i.label == "Apart gegeven, niet voor het gezin")
    assert "7.vb.3" in withheld.proposal
    parents = next(i for i in items if i.label == "Ouders en gezag")
    assert "Marco Visser" in parents.proposal  # the father is another person
    children = next(i for i in items if i.label == "Kinderen")
    assert "Amira Visser" in children.text and not children.proposal
    client = next(i for i in items if i.label == "Cliënt" and "Yvonne Visser" in i.text)
    assert not client.proposal
    facts = [i for i in items if "blauwe plekken" in i.text]
    assert facts and not any(i.proposal for i in facts)


def test_the_dialog_ticks_each_proposal_with_its_reason_and_the_clinician_can_untick(
        qtbot, dossier):
    from PySide6.QtCore import Qt

    from ui.inzage_dialog import COL_REASON, COL_SCREEN, InzageDialog

    dialog = InzageDialog(dossier, TODAY, client="Y.")
    qtbot.addWidget(dialog)
    row = next(r for r, i in enumerate(dialog.items) if "Ria de Graaf" in i.text)
    assert dialog.table.item(row, COL_SCREEN).checkState() == Qt.CheckState.Checked
    assert "grootmoeder" in dialog.table.item(row, COL_REASON).text()
    assert dialog.validate()
    dialog.table.item(row, COL_SCREEN).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.items[row].id not in dialog.screened()
