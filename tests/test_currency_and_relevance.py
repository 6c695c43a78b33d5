"""Step 2 made whole (issue 14): the overleg asks on which contact it rests and says when that
is old (2.1, 2.2); a last contact earlier than a fact the clinician observed, or than the day
the client was told, is remarked on (2.1); handing over everything rather than what is
relevant is remarked on (2.3)."""

from __future__ import annotations

from datetime import date

import pytest

from app.demo import DEMO_PROFILE, demo_melding, demo_overleg, demo_request
from app.documents.overleg import overleg_pdf
from app.flows import informatieverzoek, melding, overleg
from app.model import Attachment, Fact
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


def on(problems, field):
    return [p for p in problems if p.field == field]


@pytest.mark.handbook("2.1", "2.2")
def test_the_overleg_asks_on_which_contact_it_rests_and_says_when_it_is_old():
    o = demo_overleg(TODAY)
    o.last_contact = ""
    [prompt] = on(overleg.check_page("discussion", o, TODAY), "last_contact")
    assert prompt.ref == "2.1" and not prompt.blocking
    o.last_contact = "2026-11-26"  # the day the client was told (demo_overleg)
    assert on(overleg.check_page("discussion", o, TODAY), "last_contact") == []
    record = flat(pdf_text(overleg_pdf(o, DEMO_PROFILE, 1, TODAY)))
    assert "Mijn laatste contact met de cliënt was op 26 november 2026." in record
    assert "niet actueel" not in record
    o.last_contact, o.currency_days = "2026-05-01", 90
    [notice] = [p for p in on(overleg.check_page("discussion", o, TODAY), "last_contact")
                if p.ref == "2.2"]
    assert "niet actueel" in notice.message
    record = flat(pdf_text(overleg_pdf(o, DEMO_PROFILE, 1, TODAY)))
    assert "deze informatie is niet actueel" in record and "1 mei 2025" not in record
    entry = overleg.dossier_entry(o, DEMO_PROFILE, TODAY)
    assert "niet actueel" in entry["currency_notice"]
    assert entry["last_contact"] == "2026-05-01"
    o.last_contact = "2027-01-01"
    assert any(p.blocking for p in on(overleg.check_page("discussion", o, TODAY),
                                      "last_contact"))


@pytest.mark.handbook("2.1")
def test_a_last_contact_before_an_own_observation_or_the_telling_is_remarked():
    m = demo_melding(TODAY)
    m.last_contact = "2026-10-01"  # before the bruises the clinician saw, and the telling
    remarks = on(melding.check_page("currency", m, TODAY), "last_contact")
    assert all(r.ref == "2.1" and not r.blocking for r in remarks)
    said = " ".join(r.message for r in remarks)
    assert "U nam feit 3 zelf waar op" in said
    assert "U informeerde de cliënt op" in said
    # A fact someone else observed later says nothing about the clinician's contact.
    m = demo_melding(TODAY)
    m.facts = [Fact("De school meldt verzuim.", "25-11-2026", False, "de school")]
    assert on(melding.check_page("currency", m, TODAY), "last_contact") == []
    # The same under an answer to a request.
    v = demo_request(TODAY)
    v.questions[0].facts = [Fact("Hij kwam op tijd.", "01-11-2026", True, "")]
    remarks = [p.message for p in informatieverzoek.check_page("completeness", v, TODAY)
               if p.field == "last_contact" and p.ref == "2.1"]
    # The demo's treatment ended long ago; the client was told by telephone six days ago.
    assert any("feit 1 bij vraag 1" in r for r in remarks)
    assert any(r.startswith("U informeerde de cliënt op") for r in remarks)


@pytest.mark.handbook("2.3")
def test_handing_over_everything_is_remarked_beside_the_field():
    m = demo_melding(TODAY)
    m.attachments = [Attachment("Een kopie van het hele dossier", "2026-11-01")]
    [remark] = on(melding.check_page("apart", m, TODAY), "attachments.0.description")
    assert remark.ref == "2.3" and not remark.blocking and "relevant" in remark.message
    m.attachments = [Attachment("Verslag van de intake", "2026-11-01")]
    assert on(melding.check_page("apart", m, TODAY), "attachments.0.description") == []
    v = demo_request(TODAY)
    v.questions[1].answer += " Ik stuur u alle verslagen mee."
    assert any(p.ref == "2.3" for p in on(informatieverzoek.check_page("answers", v, TODAY),
                                          "questions.1.answer"))
    o = demo_overleg(TODAY)
    o.discussed = "Ik heb haar alles wat ik weet verteld."
    assert [p.ref for p in on(overleg.check_page("discussion", o, TODAY), "discussed")] == [
        "2.3"]
    # The demo's own texts give what is relevant: nothing to remark.
    for rules, data in ((melding, demo_melding(TODAY)), (informatieverzoek, demo_request(TODAY)),
                        (overleg, demo_overleg(TODAY))):
        assert [p for pid in (s.id for s in rules.PAGES)
                for p in rules.check_page(pid, data, TODAY) if p.ref == "2.3"] == []
