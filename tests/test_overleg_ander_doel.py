"""Overleg (1b) and Ander doel (3): rules, the composed opening statement, both wizards end to
end to their stored entry and PDF."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.demo import demo_ander_doel, demo_overleg
from app.flows import ander_doel, overleg
from app.model import Openness
from tests.pdfcheck import flat, pdf_text
from tests.wizard_helpers import TODAY, fill_betrokkenen, go_next
from ui import msgbox, preview_dialog


@pytest.mark.handbook("1b.1")
def test_opening_statement_with_consent_follows_the_handbook_example():
    text = overleg.compose_opening(demo_overleg(TODAY))
    assert text.startswith("Ik bel over J. Ik wil met jou overleggen omdat ik me zorgen maak "
                           "over Sara, de driejarige dochter van J.")
    assert "J. vindt het goed dat we met elkaar overleggen" in text
    assert "J. weet ook dat ik me zorgen maak, en dat ik je daarom bel." in text


@pytest.mark.handbook("1b.1", "1b.2")
def test_opening_statement_without_consent_says_why_it_is_still_necessary():
    o = demo_overleg(TODAY)
    o.openness = Openness(concerns_discussed=True, client_informed=True,
                          informed_on="2026-11-20", consent="refused",
                          reason_without_consent="de veiligheid van S. in het geding is")
    text = overleg.compose_opening(o)
    assert "J. heeft daarvoor geen toestemming gegeven." in text
    assert "omdat de veiligheid van S. in het geding is." in text


@pytest.mark.handbook("1b.2")
def test_opening_statement_when_the_client_does_not_know():
    o = demo_overleg(TODAY)
    o.openness = Openness(deviates=True, safety_grounds=["child"],
                          deviation_explanation="vluchtgevaar")
    assert "J. weet niet van dit overleg." in overleg.compose_opening(o)


@pytest.mark.handbook("1b.1")
def test_overleg_needs_partner_date_and_what_was_discussed():
    o = demo_overleg(TODAY)
    o.counterpart.person = o.counterpart.org_name = ""
    o.discussed = ""
    assert overleg.first_blocked_page(o, TODAY) == "consult"
    assert {p.field for p in overleg.check_page("discussion", o, TODAY) if p.blocking} == {
        "discussed"}


@pytest.mark.handbook("3.2")
def test_ander_doel_refusal_needs_no_reason_to_go_ahead_but_a_reason_for_the_decision():
    v = demo_ander_doel(TODAY)
    assert ander_doel.first_blocked_page(v, TODAY) is None
    v.decision_reason = ""
    assert "decision_reason" in {p.field for p in ander_doel.check_page("decision", v, TODAY)
                                 if p.blocking}


@pytest.mark.handbook("3.2")
def test_ander_doel_agreeing_against_the_clients_wish_is_flagged():
    v = demo_ander_doel(TODAY)
    v.decision = "agree"
    warnings = [p for p in ander_doel.check_page("decision", v, TODAY) if not p.blocking]
    assert any("stemde niet in" in p.message for p in warnings)








def fill_client(qtbot, page, pseudonym="J."):
    # An overleg may stay anonymous: a label and the child's initials are enough.
    fill_betrokkenen(qtbot, page, label=pseudonym, role="moeder",
                     children=(("S.", "05-06-2023"),),
                     relation="Ik ben de behandelaar van J.")


def consent_given(qtbot, form):
    form.concerns_discussed.choose(True)
    form.client_informed.choose(True)
    qtbot.keyClicks(form.informed_on, "26-11-2026")
    form.informed_explanation.setPlainText("Uitgelegd met wie en waarom.")
    form.client_reaction.setPlainText("Vindt het goed.")
    form.consent.choose("given")
    form.decision_told.choose(True)


def test_overleg_wizard_end_to_end(qtbot, window, dossier, tmp_path):
    wizard = window.new_case("overleg")
    case_id = wizard.case_id
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "consult")
    consult = wizard.current_page()
    consult.counterpart.person.setText("mw. P. Hendriks")
    consult.counterpart.org_name.setText("Wijkteam Oost")
    consult.initiative.choose(True)
    qtbot.keyClicks(consult.date, "27-11-2026")
    consult.concern.setPlainText("ik me zorgen maak over haar driejarige dochter")
    go_next(qtbot, wizard, "openness")
    consent_given(qtbot, wizard.current_page().openness)
    go_next(qtbot, wizard, "statement")
    statement = wizard.current_page()
    assert statement.statement.text().startswith("Ik bel over J. Ik wil met jou overleggen")
    assert "J. vindt het goed dat we met elkaar overleggen" in statement.statement.text()
    go_next(qtbot, wizard, "discussion")
    discussion = wizard.current_page()
    discussion.discussed.setPlainText("De ondersteuning thuis en de peuterspeelzaal.")
    discussion.agreements.setPlainText("Het wijkteam belt bij verzuim.")
    go_next(qtbot, wizard, "summary")
    pdf_path = tmp_path / "overleg.pdf"
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(pdf_path), "", False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    [entry] = dossier.cases.entries(case_id)
    items = {i["ref"]: i["text"] for i in entry["items"]}
    assert "Openingszin: Ik bel over J." in items["7.melder.1"]
    assert "mw. P. Hendriks" in items["7.melder.5"]
    assert [f.kind for f in dossier.followups.of_case(case_id)] == ["outcome"]
    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "Verslag van overleg" in text and "Het wijkteam belt bij verzuim." in text


def test_ander_doel_wizard_end_to_end(qtbot, window, dossier, tmp_path):
    wizard = window.new_case("ander_doel")
    case_id = wizard.case_id
    fill_client(qtbot, wizard.current_page(), "Y.")
    go_next(qtbot, wizard, "request")
    request = wizard.current_page()
    request.direction.choose("received")
    request.counterpart.org_name.setText("Veilig Thuis Utrecht")
    qtbot.keyClicks(request.received_on, "24-11-2026")
    request.information.setPlainText("Wat ik meldde over het geweld.")
    request.original_purpose.setPlainText("De melding.")
    request.new_purpose.setPlainText("Advies over een omgangsregeling.")
    go_next(qtbot, wizard, "openness")
    form = wizard.current_page().openness
    form.concerns_discussed.choose(True)
    form.client_informed.choose(True)
    qtbot.keyClicks(form.informed_on, "26-11-2026")
    form.informed_explanation.setPlainText("Verteld welke informatie, voor welk doel.")
    form.client_reaction.setPlainText("Wil dat niet.")
    form.consent.choose("refused")
    form.decision_told.choose(True)
    go_next(qtbot, wizard, "decision")  # no 'reason to go ahead': the decision follows
    decision = wizard.current_page()
    assert decision.decided_on.value() == TODAY.isoformat()
    decision.decision.choose("refuse")
    decision.reason.setPlainText("De cliënte stemt niet in; gegeven voor de melding.")
    go_next(qtbot, wizard, "summary")
    pdf_path = tmp_path / "ander-doel.pdf"
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(pdf_path), "", False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    [entry] = dossier.cases.entries(case_id)
    assert entry["decision"] == "refuse"
    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "Ik geef geen toestemming om de informatie voor het nieuwe doel te gebruiken." in text
    assert "Het nieuwe doel: advies over een omgangsregeling." in text
    assert "blijft beschikbaar voor het doel waarvoor zij is gegeven" in text
