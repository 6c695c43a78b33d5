"""Step 3 made whole (issue 14): information received carries the purpose it was given for,
so using it for another is remarked on (3.1); in Ander doel's own direction the provider
consults their client and decides, and the clinician records the request and the answer
(3.2)."""

from __future__ import annotations

from datetime import date

import pytest

from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding, demo_request
from app.documents.ander_doel import ander_doel_pdf
from app.documents.melding import melding_pdf
from app.flows import ander_doel, informatieverzoek, melding
from app.flows.registry import flow_of
from app.model import DIRECTION_OWN, Fact, Openness
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)
GIVEN_FOR = "de verwijzing naar de ggz"


def on(problems, field):
    return [p for p in problems if p.field == field]


@pytest.mark.handbook("3.1")
def test_information_received_for_another_purpose_keeps_it_and_is_remarked():
    m = demo_melding(TODAY)
    m.facts.append(Fact("Bij de huisarts meldde zij eerder letsel.", "voorjaar 2026", False,
                        "huisarts dr. H. Kramer", GIVEN_FOR))
    [remark] = on(melding.check_page("facts", m, TODAY), "facts.4.received_for")
    assert remark.ref == "3.1" and not remark.blocking
    assert GIVEN_FOR in remark.message and "huisarts dr. H. Kramer" in remark.message
    assert "Verzoek ander doel" in remark.message
    entry = melding.dossier_entry(m, DEMO_PROFILE, TODAY)
    facts = next(i["text"] for i in entry["items"] if i["ref"] == "7.melder.2")
    assert f"(bron: huisarts dr. H. Kramer; gekregen voor: {GIVEN_FOR})" in facts
    # Kept for the clinician's own record, not put in the letter.
    assert GIVEN_FOR not in flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    # Under an answer to a request, the same.
    v = demo_request(TODAY)
    v.questions[0].facts = [Fact("Hij werd verwezen.", "mei 2024", False, "huisarts",
                                 GIVEN_FOR)]
    assert [p.ref for p in on(informatieverzoek.check_page("answers", v, TODAY),
                              "questions.0.facts.0.received_for")] == ["3.1"]
    # Nothing given for another purpose: nothing to say.
    m.facts[-1].received_for = ""
    assert on(melding.check_page("facts", m, TODAY), "facts.4.received_for") == []


def own_request():
    v = demo_ander_doel(TODAY)
    v.direction = DIRECTION_OWN
    v.counterpart.person, v.counterpart.org_name = "dr. H. Kramer", "Huisartsenpraktijk Oost"
    v.information = "Wat de huisarts mij vertelde over eerder letsel."
    v.original_purpose = "Verwijzing naar de ggz."
    v.new_purpose = "De melding bij Veilig Thuis."
    v.openness = Openness()
    v.decision = v.decision_reason = v.decided_on = ""
    return v


@pytest.mark.handbook("3.2")
def test_in_the_own_direction_the_provider_decides_and_the_clinician_records_the_answer():
    v = own_request()
    # The clinician is not asked about their own client: the provider contacts theirs.
    assert ander_doel.check_page("openness", v, TODAY) == []
    assert ander_doel.check_page("decision", v, TODAY) == []
    assert ander_doel.first_blocked_page(v, TODAY) is None
    [(kind, due, note)] = ander_doel.followups(v, TODAY)
    assert kind == "outcome" and due and "dr. H. Kramer" in note
    entry = {i["ref"]: i["text"] for i in
             ander_doel.dossier_entry(v, DEMO_PROFILE, TODAY)["items"]}
    assert "Nog geen antwoord van dr. H. Kramer" in entry["7.melder.1"]
    letter = flat(pdf_text(ander_doel_pdf(v, DEMO_PROFILE, 1, TODAY)))
    assert "Wilt u hierover beslissen, zo nodig nadat u contact hebt gehad met uw cliënt" \
        in letter
    assert "Mijn besluit" not in letter
    # The answer came: its date is asked, and what the provider said of its client.
    v.decision = "refuse"
    found = ander_doel.check_page("decision", v, TODAY)
    assert on(found, "decided_on")[0].blocking
    assert on(found, "provider_client")[0].ref == "3.2"
    assert on(found, "decision")[0].ref == "3.1"  # then the purpose it was given for stays
    v.decided_on = "2026-11-27"
    v.provider_client = "Hij sprak erover met zijn patiënte; zij wil het niet."
    v.decision_reason = "De patiënte stemt niet in."
    assert [p for p in ander_doel.check_page("decision", v, TODAY) if p.blocking] == []
    assert ander_doel.followups(v, TODAY) == []
    entry = {i["ref"]: i["text"] for i in
             ander_doel.dossier_entry(v, DEMO_PROFILE, TODAY)["items"]}
    assert "Antwoord van dr. H. Kramer" in entry["7.melder.1"]
    assert "zij wil het niet" in entry["7.melder.3"]
    letter = flat(pdf_text(ander_doel_pdf(v, DEMO_PROFILE, 1, TODAY)))
    assert "U liet mij weten dat ik de informatie niet voor het nieuwe doel mag gebruiken." \
        in letter and "zij wil het niet" in letter
    titles = [title for _day, title in flow_of("ander_doel").exchange(v)]
    assert titles == ["Antwoord van dr. H. Kramer, Huisartsenpraktijk Oost: Niet akkoord"]


@pytest.mark.handbook("3.2")
def test_the_decision_page_shows_the_providers_part_only_in_the_own_direction(qtbot, window):
    wizard = window.new_case("ander_doel")
    page = wizard.page_by_id("decision")
    wizard.data.direction = DIRECTION_OWN
    page.load_from_host()
    assert not page.own_box.isHidden() and not page.own_hint.isHidden()
    wizard.data.direction = "received"
    page.load_from_host()
    assert page.own_box.isHidden()
