"""The meldcode's afwegingskader, recorded before a melding (issue 14): the five questions in
the KNMG-meldcode's words, kept as data with their source; an optional first page of the
Melding flow; 'meldplicht' where the answers say so; in the dossier entry and the
dossierverslag, never in the letter."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from PySide6.QtWidgets import QWizard

from app import service
from app.content.meldcode import MeldcodeDataError, afwegingskader, parse
from app.content.resources import load_json
from app.demo import DEMO_PROFILE, demo_melding
from app.documents import dossierverslag
from app.documents.melding import melding_pdf
from app.flows import melding
from app.flows.weighing import outcome, outcome_text
from app.model import Weighing
from app.vault.dossier import Dossier
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)
KNMG = (  # the questions as the KNMG-meldcode's graphic of the afwegingskader asks them
    "Heb ik een vermoeden van (dreiging van) kindermishandeling en/of huiselijk geweld?",
    "Is er sprake van acute en/of structurele onveiligheid?",
    "Ben ik, als arts, in staat effectieve hulp te bieden of te organiseren?",
    "Aanvaarden betrokkenen de voorgestelde hulp?",
    "Leidt de hulp tot (herstel) van veiligheid?",
)
FIELDS = ("suspicion", "unsafe", "help_possible", "help_accepted", "help_works")


def weighed(*answers: bool, why: str = "Zie het dossier van 20 november.") -> Weighing:
    w = Weighing(date="2026-11-20")
    for field, value in zip(FIELDS, answers, strict=False):
        setattr(w, field, value)
        setattr(w, field + "_why", why)
    return w


def test_the_five_questions_are_the_knmg_meldcodes_with_their_source():
    kader = afwegingskader()
    assert tuple(q.text for q in kader.questions) == KNMG
    assert tuple(q.id for q in kader.questions) == FIELDS  # the model's fields
    assert "KNMG-meldcode" in kader.source and kader.urls
    assert set(FIELDS) <= set(Weighing.__dataclass_fields__)
    raw = load_json("afwegingskader.json")
    for broken in ({**raw, "questions": raw["questions"][:4]}, {**raw, "source": ""}):
        with pytest.raises(MeldcodeDataError):
            parse(broken)
    wrong = copy.deepcopy(raw)
    wrong["questions"][1]["yes"] = "melden"
    with pytest.raises(MeldcodeDataError):
        parse(wrong)


@pytest.mark.parametrize("answers, kind, number, norm", [
    ((True, True), "report", 2, 1),  # acute or structural unsafety: always report
    ((True, False, False), "report", 3, 2),  # cannot offer or organise enough help
    ((True, False, True, False), "report", 4, None),  # those involved do not accept it
    ((True, False, True, True, False), "report", 5, 3),  # the help does not bring safety
    ((True, False, True, True, True), "close", 5, None),  # it does: no meldplicht
    ((False,), "close", 1, None),  # no suspicion
    ((True, False), "", 3, None),  # not weighed to the end yet
])
def test_the_answers_lead_where_the_afwegingskader_says(answers, kind, number, norm):
    result = outcome(weighed(*answers))
    assert (result.kind, result.at.number, result.norm) == (kind, number, norm)
    text = outcome_text(weighed(*answers))
    assert text.startswith({"report": "Meldplicht", "close": "Geen meldplicht",
                            "": "Nog niet afgewogen"}[kind])
    if norm:
        assert afwegingskader().norms[norm] in text


def test_the_page_is_optional_but_a_weighing_begun_needs_its_reasons_and_date():
    m = demo_melding(TODAY)
    assert melding.PAGES[0].id == "weighing"
    assert melding.check_page("weighing", m, TODAY) == []
    m.weighing = weighed(True, True, why="")
    m.weighing.date = ""
    blocking = {p.field for p in melding.check_page("weighing", m, TODAY) if p.blocking}
    assert blocking == {"weighing.date", "weighing.suspicion_why", "weighing.unsafe_why"}
    assert melding.first_blocked_page(m, TODAY) == "weighing"
    m.weighing = weighed(True, True)
    assert melding.check_page("weighing", m, TODAY) == []
    # Weighed to 'no meldplicht': the melding may still be made (a right), with a word why.
    m.weighing = weighed(True, False, True, True, True)
    [advice] = melding.check_page("weighing", m, TODAY)
    assert not advice.blocking and "meldrecht" in advice.message


def test_the_weighing_is_in_the_entry_and_the_verslag_and_not_in_the_letter(db_path):
    m = demo_melding(TODAY)
    m.weighing = weighed(True, True, why="Zij vertelt over dagelijks geweld met de kinderen erbij.")
    entry = melding.dossier_entry(m, DEMO_PROFILE, TODAY)
    rows = {r["label"]: r["text"] for r in entry["extra"]}
    assert rows["Afwegingsvraag 2: Veiligheid"].startswith(KNMG[1] + " Ja. Zij vertelt")
    assert rows["Afweging volgens de meldcode, 20 november 2026"].startswith(
        "Meldplicht (afwegingsvraag 2)")
    dossier = Dossier.create(db_path, "x")
    try:
        dossier.set_profile(DEMO_PROFILE)
        case_id = dossier.cases.create(melding.KIND, m.to_dict(), "Y.")
        service.finish(dossier, case_id, m, TODAY)
        verslag = dossierverslag.as_text(dossierverslag.build(
            service.case_history(dossier, case_id), TODAY))
        letter = flat(pdf_text(service.document(dossier, case_id, TODAY)))
    finally:
        dossier.close()
    assert "Afwegingsvraag 1: Vermoeden" in verslag and "Meldplicht" in verslag
    assert "dagelijks geweld met de kinderen erbij" in verslag
    for absent in ("Afwegingsvraag", "afwegingskader", "Meldplicht", "dagelijks geweld met"):
        assert absent not in letter, absent
    assert "afwegingsvraag" not in flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY))).lower()


def test_the_page_records_the_answers_and_shows_the_outcome(qtbot, window):
    wizard = window.new_melding()
    # A new melding opens on its first page, the weighing: optional, so 'Volgende' is open.
    page = wizard.page_by_id("weighing")
    assert wizard.pages[0] is page and wizard.current_page() is page
    assert page.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert [b.accessibleName() for b in page.answers["unsafe"].buttons()] == [
        f"{KNMG[1]} Ja", f"{KNMG[1]} Nee"]
    page.answers["suspicion"].choose(True)
    page.reasons["suspicion"].setPlainText("Blauwe plekken en wat zij vertelt.")
    page.answers["unsafe"].choose(True)
    page.reasons["unsafe"].setPlainText("Dagelijks geweld waar de kinderen bij zijn.")
    w = wizard.data.weighing
    assert (w.suspicion, w.unsafe) == (True, True)
    assert w.date == TODAY.isoformat()  # made today unless the clinician says otherwise
    assert page.outcome.text().startswith("Meldplicht (afwegingsvraag 2)")
    assert page.isComplete()
    page.reasons["unsafe"].setPlainText("")
    assert not page.isComplete()
    page.reasons["unsafe"].setPlainText("Dagelijks geweld waar de kinderen bij zijn.")
    case_id = wizard.case_id
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    # Reopened, the draft is back where it was left, on the weighing, with its answers.
    resumed = window.open_case(case_id)
    assert resumed.current_page().spec.id == "weighing"
    assert resumed.current_page().answers["unsafe"].value() is True
    assert resumed.current_page().outcome.text().startswith("Meldplicht (afwegingsvraag 2)")
