"""Step 4 and the record made whole (issue 14): what the melder does meanwhile and when to
report again reach the dossier entry (4.ontvanger.4 a, b); Veilig Thuis's five working days
are not shown for the Raad (footnote 3); who observed a fact has no default (6.1); a concept
shows no exchange it has not made; the melder's anonymity is asked, stated, followed up and
screened in the inzage copy (the second inzage example, 7.vb.3)."""

from __future__ import annotations

from datetime import date

import pytest

from app import service
from app.demo import DEMO_PROFILE, demo_melding, demo_request
from app.documents import inzage
from app.documents.melding import melding_pdf
from app.flows import followup, informatieverzoek, melding
from app.flows.kit import page_law
from app.flows.timeline import timeline
from app.model import Fact, Melding
from app.vault.dossier import Dossier
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)


def item(entry, ref):
    return next(i["text"] for i in entry["items"] if i["ref"] == ref)


@pytest.mark.handbook("4.ontvanger.4", "4.ontvanger.4.a", "4.ontvanger.4.b")
def test_what_the_melder_does_meanwhile_and_when_to_report_again_are_recorded():
    m = demo_melding(TODAY)
    e = m.expectations
    vervolg = item(melding.dossier_entry(m, DEMO_PROFILE, TODAY), "7.melder.6")
    assert f"Wat ik intussen doe: {e.protect_meanwhile}" in vervolg  # a
    assert f"Opnieuw melden als: {e.report_again_when}" in vervolg  # b
    letter = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert flat(e.protect_meanwhile) in letter
    assert "Besluit u de melding niet te onderzoeken, dan neem ik opnieuw contact met u op " \
        "als cliënte mij vertelt dat het geweld doorgaat" in letter
    # Not yet discussed: the letter asks for it, and the follow-up forms record it.
    e.protect_meanwhile = e.report_again_when = ""
    vervolg = item(melding.dossier_entry(m, DEMO_PROFILE, TODAY), "7.melder.6")
    assert "Wat ik intussen doe" not in vervolg
    letter = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Overleg over wat ik binnen mijn behandeling kan doen om de kinderen te " \
        "beschermen, of, als u de melding niet onderzoekt, wanneer opnieuw melden aan de orde " \
        "is." in letter
    keys = {f.key for f in followup.form("decision")[2]} | {f.key for f in
                                                            followup.form("outcome")[2]}
    assert {"report_again_when", "protect"} <= keys


@pytest.mark.handbook("fn3")
def test_veilig_thuis_five_working_days_are_not_shown_for_the_raad(qtbot, window):
    m = demo_melding(TODAY)
    spec = melding.page("expectations")
    assert "law.veiligheidsbeoordeling" in page_law(spec, m)
    m.receiver.org_type = "raad"
    assert "law.veiligheidsbeoordeling" not in page_law(spec, m)
    # In the wizard: the panel follows the receiver chosen.
    wizard = window.new_melding()
    page = wizard.page_by_id("expectations")
    wizard.data.receiver.org_type = "raad"
    page.load_from_host()
    assert "vijf werkdagen" not in page.panel.browser.toPlainText()
    wizard.data.receiver.org_type = "veilig_thuis"
    page.load_from_host()
    assert "vijf werkdagen" in page.panel.browser.toPlainText()


@pytest.mark.handbook("6.1", "4.melder.1")
def test_who_observed_a_fact_has_no_default_the_clinician_chooses(qtbot, window):
    assert Fact().observed_by_clinician is None
    problems = melding.check_facts([Fact("blauwe plekken", "14-11-2026")], TODAY)
    [problem] = [p for p in problems if p.field == "facts.0.observed_by_clinician"]
    assert problem.blocking and problem.ref == "6.1"
    # A draft made before keeps its answer.
    old = Melding.from_dict({"facts": [{"what": "x", "observed_by_clinician": True}]})
    assert old.facts[0].observed_by_clinician is True
    page = window.new_melding().page_by_id("facts")
    page.load_from_host()
    row = page.rows[0]
    assert row.observed.value() is None and not row.source.isEnabled()
    row.observed.choose(False)
    assert row.source.isEnabled() and row.received_for.isEnabled()
    row.observed.choose(True)
    assert not row.source.isEnabled()
    assert page.host.data.facts[0].observed_by_clinician is True


def test_a_concept_shows_no_exchange_it_has_not_made(db_path):
    dossier = Dossier.create(db_path, "x")
    try:
        dossier.set_profile(DEMO_PROFILE)
        v = demo_request(TODAY)  # the answer's date is filled in, as the wizard does
        case_id = dossier.cases.create(informatieverzoek.KIND, v.to_dict(), "V.")
        titles = [e.title for e in timeline(service.case_history(dossier, case_id), TODAY)]
        assert any(t.startswith("Verzoek ontvangen") for t in titles)
        assert not any(t.startswith("Informatie verstrekt") for t in titles)
        service.finish(dossier, case_id, v, TODAY)
        titles = [e.title for e in timeline(service.case_history(dossier, case_id), TODAY)]
        assert "Informatie verstrekt (schriftelijk)" in titles
    finally:
        dossier.close()


@pytest.mark.handbook("7.vb.3")
def test_the_melders_anonymity_is_screened_in_the_inzage_copy(db_path):
    """The second inzage example: Veilig Thuis promised the melder anonymity towards the
    family. In the clinician's own dossier the request is kept apart from what a parent reads
    at inzage: the copy proposes screening it, with the reason."""
    dossier = Dossier.create(db_path, "x")
    try:
        dossier.set_profile(DEMO_PROFILE)
        m = demo_melding(TODAY)
        m.anonymous, m.anonymous_reason = True, "De partner dreigde eerder hulpverleners."
        case_id = dossier.cases.create(melding.KIND, m.to_dict(), "Y.")
        service.finish(dossier, case_id, m, TODAY)
        items = inzage.items_for_client(service.client_histories(dossier, "Y."), TODAY)
        [anonymity] = [i for i in items if i.label == "Anonimiteit tegenover het gezin"]
        assert "7.vb.3" in anonymity.proposal
        screened = {i.id: i.proposal for i in items if i.proposal}
        copy = flat(pdf_text(inzage.inzage_pdf("Y.", "parents", items, screened, DEMO_PROFILE,
                                               TODAY)))
        assert "dreigde eerder hulpverleners" not in copy
        [item_] = [f for f in dossier.followups.of_case(case_id) if f.kind == "anonymity"]
        assert "anoniem" in item_.note
    finally:
        dossier.close()
