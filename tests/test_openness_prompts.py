"""Step 1a made whole (issue 14): 'Nee' to 'zorgen besproken' asks why and the note is read
by the judgement check (1a.1); the client's questions and objections have their own place
(1a.2 c); whether the client can and should be present is asked for (1a.2 f)."""

from __future__ import annotations

from datetime import date

import pytest

from app.demo import DEMO_PROFILE, demo_melding, demo_overleg, demo_request
from app.documents.melding import melding_pdf
from app.flows import informatieverzoek, melding, overleg
from app.flows.openness import check_openness
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


def on(problems, field):
    return [p for p in problems if p.field == field]


def entry_rows(rules, data) -> dict[str, str]:
    entry = rules.dossier_entry(data, DEMO_PROFILE, TODAY)
    return {i["ref"]: i["text"] for i in entry["items"]}


@pytest.mark.handbook("1a.1")
def test_concerns_not_discussed_asks_why_and_the_note_is_read_for_judgements():
    m = demo_melding(TODAY)
    o = m.openness
    o.concerns_discussed, o.concerns_note = False, ""
    [prompt] = on(check_openness(o, TODAY), "openness.concerns_note")
    assert prompt.ref == "1a.1" and not prompt.blocking and "waarom" in prompt.message
    o.concerns_note = "Zij is een chaotische moeder, dus bespreken had geen zin."
    [finding] = on(check_openness(o, TODAY), "openness.concerns_note")
    assert finding.ref == "6.4" and not finding.blocking
    assert any(f["where"] == "zorgen besproken" for f in melding.open_findings(m))
    # The record and the letter say it was not discussed, with the clinician's reason.
    o.concerns_note = "Zij was in crisis opgenomen; ik bespreek het na haar ontslag."
    assert on(check_openness(o, TODAY), "openness.concerns_note") == []
    assert "Zorgen besproken: Nee" in entry_rows(melding, m)["7.melder.3"]
    letter = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Ik heb mijn zorgen niet met mijn cliënte besproken. Zij was in crisis " \
        "opgenomen" in letter


@pytest.mark.handbook("1a.1")
def test_the_concerns_note_is_underlined_while_typing(qtbot, window):
    form = window.new_melding().page_by_id("openness").openness
    assert form.concerns_note.highlighter is not None


@pytest.mark.handbook("1a.2.c")
def test_the_clients_questions_and_objections_have_their_own_place(qtbot, window):
    m = demo_melding(TODAY)
    m.openness.client_questions = ""
    [prompt] = on(check_openness(m.openness, TODAY), "openness.client_questions")
    assert prompt.ref == "1a.2.c" and not prompt.blocking
    asked = "Zij vroeg of haar partner hoort wat zij vertelde; ik legde uit wat apart blijft."
    m.openness.client_questions = asked
    assert on(check_openness(m.openness, TODAY), "openness.client_questions") == []
    assert f"Vragen en bezwaren: {asked}" in entry_rows(melding, m)["7.melder.3"]
    assert flat(asked) in flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    # The form has the field beside the reaction, and it round-trips through the draft.
    wizard = window.new_melding()
    form = wizard.page_by_id("openness").openness
    form.client_informed.choose(True)
    form.client_questions.setPlainText(asked)
    assert wizard.data.openness.client_questions == asked
    assert "vragen en bezwaren" not in form.client_reaction.placeholderText()


@pytest.mark.handbook("1a.2.f")
def test_whether_the_client_can_and_should_be_present_is_asked_for():
    for rules, data in ((melding, demo_melding(TODAY)), (informatieverzoek, demo_request(TODAY)),
                        (overleg, demo_overleg(TODAY))):
        data.openness.presence_considered = ""
        [prompt] = on(rules.check_page("openness", data, TODAY), "openness.presence_considered")
        assert prompt.ref == "1a.2.f" and not prompt.blocking, rules.KIND
        data.openness.presence_considered = "Aanwezig zijn wilde zij niet."
        assert on(rules.check_page("openness", data, TODAY),
                  "openness.presence_considered") == []
        assert "Aanwezigheid cliënt: Aanwezig zijn wilde zij niet." in \
            entry_rows(rules, data)["7.melder.3"]
    m = demo_melding(TODAY)
    letter = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Aanwezigheid van de cliënte bij de melding. Cliënte wilde niet bij de melding " \
        "aanwezig zijn." in letter
    # Deviating from openness for safety: nothing of the sort is asked.
    m.openness.deviates, m.openness.presence_considered = True, ""
    assert on(check_openness(m.openness, TODAY), "openness.presence_considered") == []
