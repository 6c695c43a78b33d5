"""Handbook items that had no test which would fail if they broke (issue 14): footnote 1, 1a.2
a, b and e, 4.ontvanger.1 and the first inzage example of step 7. Each test names its item
with the `handbook` marker (docs/handbook-trace.md)."""

from __future__ import annotations

from datetime import date

import pytest

from app import service
from app.demo import DEMO_PROFILE, demo_melding, demo_overleg, demo_request
from app.documents import inzage
from app.documents.informatieverstrekking import informatieverstrekking_pdf
from app.documents.melding import melding_pdf
from app.flows import informatieverzoek, melding, overleg
from app.flows.openness import check_openness
from app.vault.dossier import Dossier
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


def letter(m) -> str:
    return flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))


def entry_text(rules, data) -> str:
    entry = rules.dossier_entry(data, DEMO_PROFILE, TODAY)
    return flat(" ".join(f"{r['label']} {r['text']}" for r in
                         [*entry["items"], *entry.get("people", []), *entry.get("extra", [])]))


def blocking(problems, field):
    return [p for p in problems if p.field == field and p.blocking]


@pytest.mark.handbook("fn1")
def test_the_clinicians_relation_as_treating_clinician_is_asked_and_recorded():
    """Footnote 1: the handbook speaks of the clinician as the treating clinician. Every flow
    asks the relation to the client and the children, and the records carry it."""
    m = demo_melding(TODAY)
    m.relation = ""
    [problem] = blocking(melding.check_page("client", m, TODAY), "relation")
    assert problem.ref == "fn1"
    o = demo_overleg(TODAY)
    o.relation = " "
    assert blocking(overleg.check_page("client", o, TODAY), "relation")
    m = demo_melding(TODAY)
    m.relation = "Ik ben de behandelaar van mevrouw Visser, niet van haar kinderen."
    assert "Ik ben de behandelaar van mevrouw Visser, niet van haar kinderen." in letter(m)
    o = demo_overleg(TODAY)
    assert o.relation in entry_text(overleg, o)


@pytest.mark.handbook("1a.2.a")
def test_what_the_client_was_told_is_required_and_reaches_letter_and_entry():
    """1a.2 a: explain why, with whom and which information."""
    m = demo_melding(TODAY)
    told = m.openness.informed_explanation
    m.openness.informed_explanation = ""
    [problem] = blocking(check_openness(m.openness, TODAY), "openness.informed_explanation")
    assert problem.ref == "1a.2.a"
    m.openness.informed_explanation = told
    assert told in letter(m)
    assert told in entry_text(melding, m)
    v = demo_request(TODAY)
    explained = v.openness.informed_explanation
    assert explained in flat(pdf_text(informatieverstrekking_pdf(v, DEMO_PROFILE, 1, TODAY)))


@pytest.mark.handbook("1a.2.b")
def test_the_clients_reaction_is_required_and_reaches_letter_and_entry():
    """1a.2 b: ask the client's reaction ('Wat vindt u daarvan?')."""
    m = demo_melding(TODAY)
    reaction = m.openness.client_reaction
    m.openness.client_reaction = " "
    [problem] = blocking(check_openness(m.openness, TODAY), "openness.client_reaction")
    assert problem.ref == "1a.2.b"
    m.openness.client_reaction = reaction
    assert reaction in letter(m)
    assert reaction in entry_text(melding, m)


@pytest.mark.handbook("1a.2.e")
def test_the_decision_and_telling_the_client_about_it():
    """1a.2 e: decide on the exchange and inform the client of the decision."""
    m = demo_melding(TODAY)
    m.openness.decision_told = None
    [problem] = blocking(check_openness(m.openness, TODAY), "openness.decision_told")
    assert problem.ref == "1a.2.e"
    m.openness.decision_told = False
    [warning] = [p for p in check_openness(m.openness, TODAY)
                 if p.field == "openness.decision_told"]
    assert not warning.blocking and warning.ref == "1a.2.e"
    text = entry_text(melding, m)
    assert m.openness.decision in text
    assert "Cliënt over besluit geïnformeerd: Nee" in text
    # The letter says it where the decision went against the client's wish (consent refused).
    assert "Ik heb haar nog niet over mijn besluit geïnformeerd." in letter(m)
    m.openness.decision_told = True
    assert "Ik heb haar over mijn besluit geïnformeerd." in letter(m)


@pytest.mark.handbook("4.ontvanger.1")
def test_the_receivers_way_of_working_and_term_is_asked_confirmed_or_followed_up():
    """4.ontvanger.1: Veilig Thuis informs the melder of its way of working and the term. The
    melder records whether it did: the letter confirms it or asks for it, the entry says it,
    and a follow-up asks for it when it was not told."""
    m = demo_melding(TODAY)
    m.expectations.procedure_explained = None
    [problem] = blocking(melding.check_page("expectations", m, TODAY),
                         "expectations.procedure_explained")
    assert problem.ref == "4.ontvanger.1"
    m.expectations.procedure_explained = True
    assert "Bij de melding hebt u mij uw werkwijze en de termijn van het onderzoek " \
        "uitgelegd" in letter(m)
    assert m.expectations.procedure_note in entry_text(melding, m)
    assert "procedure" not in [kind for kind, _due, _note in melding.followups(m)]
    m.expectations.procedure_explained = False
    assert "Informatie over uw werkwijze en over de termijn waarbinnen het onderzoek naar " \
        "verwachting wordt afgerond." in letter(m)
    assert "Werkwijze en termijn van het onderzoek nog niet uitgelegd." in entry_text(melding, m)
    [(_kind, _due, note)] = [f for f in melding.followups(m) if f[0] == "procedure"]
    assert "werkwijze en de termijn" in note


@pytest.mark.handbook("7.vb.1")
def test_the_clients_inzage_copy_shows_what_the_clinician_gave_as_informant(db_path):
    """The first inzage example: a client who asks for access to the clinician's dossier sees
    what the clinician gave as informant. The copy holds the answers, as they were given."""
    dossier = Dossier.create(db_path, "x")
    try:
        dossier.set_profile(DEMO_PROFILE)
        v = demo_request(TODAY)
        case_id = dossier.cases.create(informatieverzoek.KIND, v.to_dict(), "V.")
        service.finish(dossier, case_id, v, TODAY)
        items = inzage.items_for_client(service.client_histories(dossier, "V."), TODAY)
        copy = flat(pdf_text(inzage.inzage_pdf("V.", "client", items, {}, DEMO_PROFILE,
                                               TODAY)))
    finally:
        dossier.close()
    for qa in v.questions:
        assert flat(qa.question) in copy
        assert flat(qa.answer) in copy
    assert flat(v.questions[1].facts[0].what) in copy
    assert "Raad voor de Kinderbescherming" in copy
