"""An answer the requester can interpret (6.5), measured against the requester's recorded
expertise (5.3); and a GI's request without a supervision order (footnote 4)."""

from __future__ import annotations

from datetime import date

import pytest

from app.checks.plain import everything, expertise_kinds, interpretability
from app.demo import DEMO_PROFILE, demo_request
from app.flows import informatieverzoek as flow
from app.flows.kit import page_law

TODAY = date(2026, 11, 29)
JARGON = "Depressieve stoornis (F32.1), GAF 55, behandeld met EMDR; vlak affect bij de intake."


def said(text, expertise=""):
    return [r.text for r in interpretability(text, expertise)]


@pytest.mark.handbook("6.5", "5.3")
def test_codes_abbreviations_and_jargon_are_remarked_for_a_non_medical_requester():
    assert said(JARGON, "maatschappelijk werker") == ["F32.1", "GAF", "EMDR", "vlak affect"]
    [remark] = interpretability("Zij volgt EMDR.", "maatschappelijk werker")
    assert remark.ref == "6.5"
    assert "Een maatschappelijk werker" in remark.message and "traumatische" in remark.message
    # An arts reads the terms of the trade; a diagnosis code stays a code for anyone.
    assert said(JARGON, "arts") == ["F32.1"]
    assert said(JARGON, "jeugdarts") == ["F32.1"]
    assert "gedragswetenschapper" in expertise_kinds("orthopedagoog")
    # An abbreviation nobody listed is asked to be written out; a common one is not.
    assert said("Zij ging naar de BSO; de PMT loopt nog.") == ["PMT"]
    # A term explained beside it needs nothing more.
    assert said("Hij kreeg EMDR (een behandeling van traumaklachten).", "jurist") == []
    assert said("Hij heeft een posttraumatische stressstoornis (PTSS).", "jurist") == []


@pytest.mark.handbook("6.5")
def test_the_answers_page_remarks_beside_the_field_and_follows_the_expertise():
    v = demo_request(TODAY)
    v.questions[1].answer = "Hij werd behandeld met CGT; GAF bij afsluiting 65."
    v.request.expertise = "maatschappelijk werker"
    remarks = [p for p in flow.check_page("answers", v, TODAY)
               if p.field == "questions.1.answer" and p.ref == "6.5"]
    assert len(remarks) == 2 and not any(p.blocking for p in remarks)
    v.request.expertise = "arts"
    assert [p for p in flow.check_page("answers", v, TODAY) if p.ref == "6.5"] == []
    # No expertise recorded: the function stands in, else the plainest reader is assumed.
    v.request.expertise, v.request.function = "", "jeugdbeschermer"
    assert len([p for p in flow.check_page("answers", v, TODAY) if p.ref == "6.5"]) == 2
    v.confirming = "Zijn GAF was laag."
    assert [p.ref for p in flow.check_page("completeness", v, TODAY)
            if p.field == "confirming"] == ["6.5"]


@pytest.mark.handbook("6.5", "2.3")
def test_the_demo_answer_gives_nothing_to_remark():
    v = demo_request(TODAY)
    found = [(pid, p.field, p.message) for pid in flow.PAGE_IDS
             for p in flow.check_page(pid, v, TODAY) if p.ref in ("6.5", "2.3")]
    assert found == []
    texts = [q.answer for q in v.questions] + [v.confirming, v.contradicting]
    assert all(everything(t) == [] for t in texts)


@pytest.mark.handbook("fn4")
def test_a_gi_request_without_a_supervision_order_gets_footnote_4s_rule():
    v = demo_request(TODAY)
    v.request.org_type, v.request.supervision_order = "gi", False
    [warning] = [p for p in flow.check_page("request", v, TODAY)
                 if p.field == "request.supervision_order"]
    assert warning.ref == "fn4" and not warning.blocking
    assert "gerichte toestemming" in warning.message and "conflict van plichten" in \
        warning.message
    assert "law.gi_zonder_ots" in page_law(flow.page("request"), v)
    # With targeted consent (the demo's) nothing more is asked; without it, the weighing.
    assert [p for p in flow.check_page("openness", v, TODAY) if p.ref == "fn4"] == []
    grounds = {r["label"]: r["text"] for r in
               flow.dossier_entry(v, DEMO_PROFILE, TODAY)["extra"]}
    assert "gerichte toestemming" in grounds["Grondslag"]
    v.openness.consent = "refused"
    v.openness.reason_without_consent = "De kinderen lopen acuut gevaar."
    [weigh] = [p for p in flow.check_page("openness", v, TODAY) if p.ref == "fn4"]
    assert weigh.field == "openness.reason_without_consent" and not weigh.blocking
    grounds = {r["label"]: r["text"] for r in
               flow.dossier_entry(v, DEMO_PROFILE, TODAY)["extra"]}
    assert "conflict van plichten" in grounds["Grondslag"]
    # During an OTS the information duty applies, as before.
    v.request.supervision_order = True
    assert [p for p in flow.check_page("openness", v, TODAY) if p.ref == "fn4"] == []
    assert "law.gi_zonder_ots" in page_law(flow.page("request"), v)  # both notes for a GI
    assert "Jeugdwet art. 7.3.11 lid 4" in {r["label"]: r["text"] for r in flow.dossier_entry(
        v, DEMO_PROFILE, TODAY)["extra"]}["Grondslag"]
    v.request.org_type = "raad"
    assert "law.gi_zonder_ots" not in page_law(flow.page("request"), v)
    assert flow.dossier_entry(v, DEMO_PROFILE, TODAY)["extra"] == []
