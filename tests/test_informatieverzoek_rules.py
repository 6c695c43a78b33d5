"""The Informatieverzoek flow's rules (handbook steps 1a, 2, 5, 6, 7), without any window."""

from __future__ import annotations

from datetime import date

import pytest

from app.demo import DEMO_PROFILE, demo_request
from app.documents.informatieverstrekking import informatieverstrekking_pdf
from app.flows import followup
from app.flows import informatieverzoek as flow
from app.flows.templates import fill
from app.model import Fact, Informatieverzoek, QuestionAnswer
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


def fields(problems, blocking=True):
    return {p.field for p in problems if p.blocking == blocking}


def test_demo_request_is_complete():
    assert flow.first_blocked_page(demo_request(TODAY), TODAY) is None


@pytest.mark.handbook("5.1", "5.2", "5.3")
def test_what_the_requester_did_not_state_is_listed_to_ask_first():
    v = demo_request(TODAY)
    v.request.why = ""
    v.request.expertise = ""
    asked = flow.ask_first(v)
    assert [(f, ref) for f, ref, _q in asked] == [("why", "5.1"), ("expertise", "5.3")]
    warnings = [p for p in flow.check_page("request", v, TODAY) if not p.blocking]
    assert any("Vraag dit eerst na" in p.message and "waarom de informatie nodig is"
               in p.message for p in warnings)
    assert not any(p.blocking for p in flow.check_page("request", v, TODAY))


@pytest.mark.handbook("fn4")
def test_gi_under_supervision_order_explains_the_information_duty():
    v = demo_request(TODAY)
    v.request.org_type = "gi"
    assert "request.supervision_order" in fields(flow.check_page("request", v, TODAY))
    v.request.supervision_order = True
    assert flow.is_gi_under_ots(v)
    text = flow.gi_duty_text()
    assert "Jeugdwet art. 7.3.11 lid 4" in text and "Voetnoot 4" in text
    assert "gezinsvoogd" in text  # footnote 4 shown as the history


@pytest.mark.handbook("5.2")
def test_term_before_request_date_is_refused():
    v = demo_request(TODAY)
    v.request.term = "2020-01-01"
    assert "request.term" in fields(flow.check_page("request", v, TODAY))
    v.request.term = "31-02-2027"
    [problem] = [p for p in flow.check_page("request", v, TODAY) if p.field == "request.term"]
    assert "bestaat niet" in problem.message


@pytest.mark.handbook("5.4")
def test_judgement_question_is_flagged_but_does_not_block():
    v = demo_request(TODAY)
    problems = flow.check_page("questions", v, TODAY)
    flagged = [p for p in problems if p.field == "questions.2.question"]
    assert flagged and not any(p.blocking for p in problems)
    assert "gedrag" in flagged[0].message  # the factual question offered instead


@pytest.mark.handbook("6.3")
def test_every_question_needs_an_answer():
    v = demo_request(TODAY)
    v.questions.append(QuestionAnswer(question="Wanneer is de behandeling begonnen?"))
    assert "questions.3.answer" in fields(flow.check_page("answers", v, TODAY))


@pytest.mark.handbook("6.4")
def test_judging_answer_is_flagged_not_blocking():
    v = demo_request(TODAY)
    v.questions[0].answer = "Hij is een liefdevolle vader."
    problems = flow.check_page("answers", v, TODAY)
    assert [p.field for p in problems if not p.blocking] == ["questions.0.answer"]
    assert flow.first_blocked_page(v, TODAY) is None
    assert any(f["text"] == "Hij is een liefdevolle vader" for f in flow.open_findings(v))


@pytest.mark.handbook("6.1")
def test_fact_from_others_needs_source():
    v = demo_request(TODAY)
    v.questions[0].facts.append(Fact("De school meldt verzuim.", "sinds mei", False, ""))
    assert "questions.0.facts.0.source" in fields(flow.check_page("answers", v, TODAY))
    v.questions[1].facts.append(Fact("De school meldt verzuim.", "sinds mei", False, ""))
    assert "questions.1.facts.1.source" in fields(flow.check_page("answers", v, TODAY))


@pytest.mark.handbook("6.2")
def test_confirming_and_contradicting_facts_are_both_required():
    v = demo_request(TODAY)
    v.contradicting = ""
    assert "contradicting" in fields(flow.check_page("completeness", v, TODAY))


@pytest.mark.handbook("2.2")
def test_old_last_contact_gives_currency_notice():
    v = demo_request(TODAY)
    notice = flow.currency_notice(v, TODAY)
    assert "niet actueel" in notice
    assert any(p.ref == "2.2" for p in flow.check_page("completeness", v, TODAY))


@pytest.mark.handbook("5.6", "fn5")
def test_oral_answer_opens_follow_up_to_check_the_rendering():
    v = demo_request(TODAY)
    assert [k for k, _d, _n in flow.followups(v, TODAY)] == ["outcome"]
    v.request.channel = "mondeling"
    [rendering, _outcome] = flow.followups(v, TODAY)
    assert rendering[0] == "answer_rendering" and "5.6" in rendering[2]
    assert rendering[1] == "2026-12-13"
    # The form that registers it cites 5.6, not the melding's 4.ontvanger.2, and says with
    # footnote 5 what the rendering is; a correction keeps only the corrected text.
    title, ref, fields_ = followup.form("answer_rendering")
    assert ref == "5.6" and "uw informatie" in title
    assert "voetnoot 5" in fields_[1].label
    values = {"received_on": "2026-11-28", "rendering": "Vader kwam op alle afspraken.",
              "corrections": "Niet alle: op 22 van de 24.",
              "corrected_text": "Vader kwam op 22 van de 24 afspraken."}
    assert [p.ref for p in followup.check_result(
        "answer_rendering", {**values, "corrected_text": ""}, TODAY)] == ["7.instelling.2"]
    result = followup.normalise("answer_rendering", values)
    assert result["text"] == "Vader kwam op 22 van de 24 afspraken." and result["corrected"]


@pytest.mark.handbook("7.melder.1", "7.melder.2", "7.melder.3", "7.melder.5")
def test_dossier_entry_has_every_step7_item_and_open_findings():
    v = demo_request(TODAY)
    v.questions[0].answer += " Zij is een zorgzame moeder."
    entry = flow.dossier_entry(v, DEMO_PROFILE, TODAY)
    assert [i["ref"] for i in entry["items"]] == [f"7.melder.{i}" for i in range(1, 7)]
    assert all(i["text"].strip() for i in entry["items"])
    assert entry["informant"]["name"] == DEMO_PROFILE["name"]
    assert entry["open_findings"] and entry["open_findings"][0]["rule"] == "oordeel.opvoeder"
    assert entry["currency_notice"]


def test_step7_blocks_until_answered_or_not_applicable():
    v = Informatieverzoek(questions=[QuestionAnswer(question="Wat is de diagnose?")])
    missing = [ref for ref, ok, _h in flow.step7_status(v) if not ok]
    assert "7.melder.1" in missing
    v.not_applicable["7.melder.1"] = "mondeling afgehandeld"
    assert "7.melder.1" not in [ref for ref, ok, _h in flow.step7_status(v) if not ok]


def test_templates_fill_from_the_request():
    v = demo_request(TODAY)
    text = fill("verzoek.informed_explanation", v)
    assert "Raad voor de Kinderbescherming" in text and "kinderbeschermingsmaatregel" in text
    assert "Jeugdwet art. 7.3.11 lid 4" in fill("verzoek.reason_ots", v)


def test_example_templates_do_not_trip_the_judgement_check():
    from app.checks.judgement import check
    v = demo_request(TODAY)
    for template_id in ("verzoek.no_judgement", "verzoek.reason_ots",
                        "verzoek.informed_explanation"):
        assert check(fill(template_id, v)) == [], template_id


def test_informatieverstrekking_pdf_holds_questions_answers_sources_and_notice():
    v = demo_request(TODAY)
    text = flat(pdf_text(informatieverstrekking_pdf(v, DEMO_PROFILE, 3, TODAY)))
    assert "Informatieverstrekking als informant" in text
    assert "Vraag 3: Is vader volgens u een competente opvoeder?" in text
    assert "laat ik aan de Raad" in text
    assert "Hij kwam op 22 van de 24 afspraken" in text and "mijzelf" in text
    assert "deze informatie is niet actueel" in text
    assert "Feiten die de zorg ontkrachten" in text
    assert "VERTROUWELIJK" in text and "RvdK-2026-0815" in text
