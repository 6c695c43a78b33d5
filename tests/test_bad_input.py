"""Arbitrary Unicode through the store and every document builder: no crash, a valid PDF, and
the text back where a font can show it."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app import service
from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding, demo_overleg, demo_request
from app.documents import dossierverslag, inzage
from app.documents.ander_doel import ander_doel_pdf
from app.documents.informatieverstrekking import informatieverstrekking_pdf
from app.documents.melding import melding_pdf
from app.documents.overleg import overleg_pdf
from app.model import Melding
from app.vault.dossier import Dossier

TODAY = date(2026, 11, 29)
NASTY = st.sampled_from(["<", "</para>", "<b>", "&amp;", "\x00", "\x07", "\x1b[31m", "\ud800",
                         "\udfff", "\u202e", "שלום", "مرحبا", "𝔘𝔫𝔦", "🧒🏽", "\ufeff", "\n\n",
                         "’", "ë", "é", "ĳ", "\t", "\\", "'", '"', ";--", "%s", "{x}"])
TEXT = st.lists(st.one_of(st.text(max_size=40), NASTY), max_size=20).map("".join)
FAST = settings(max_examples=12, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FAST
@given(TEXT, TEXT)
def test_store_round_trip_of_any_text(db_path_factory, text, pseudonym):
    path = db_path_factory()
    with Dossier.create(path, "x") as d:
        m = Melding(client_pseudonym=pseudonym, content=text)
        case_id = d.cases.create("melding", m.to_dict(), pseudonym)
        d.cases.save_draft(case_id, m.to_dict(), client_pseudonym=pseudonym, page="facts")
        d.cases.count(text=text)
        d.contacts.add(case_id, "2026-11-28", "contact", text)
    with Dossier.open(path, "x") as d:
        # JSON's \u escapes pair up: a high and a low surrogate that stand side by side as two
        # code points come back as the one character they encode ('\ud800\udfff' → U+103FF).
        # Every other text, lone surrogates included, comes back exactly.
        paired = text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
        assert d.cases.get(case_id).data["content"] == paired
        assert d.integrity_problems() == []


@FAST
@given(TEXT)
def test_every_document_builder_gives_a_valid_pdf(text):
    m, v, o, a = (demo_melding(TODAY), demo_request(TODAY), demo_overleg(TODAY),
                  demo_ander_doel(TODAY))
    m.content = m.concern = m.facts[0].what = m.facts[0].source = text
    v.questions[0].answer = v.contradicting = v.request.name = text
    o.discussed = o.opening_statement = text
    a.decision_reason = a.information = text
    for data in (melding_pdf(m, DEMO_PROFILE, 1, TODAY),
                 informatieverstrekking_pdf(v, DEMO_PROFILE, 2, TODAY),
                 overleg_pdf(o, DEMO_PROFILE, 3, TODAY), ander_doel_pdf(a, DEMO_PROFILE, 4, TODAY)):
        assert data.startswith(b"%PDF-")
        assert len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_a_100000_character_field_everywhere(db_path):
    huge = ("Zij zegt: ‘dit is een lange zin’ " * 3200)[:100_000]
    with Dossier.create(db_path, "x") as d:
        d.set_profile(DEMO_PROFILE)
        m = demo_melding(TODAY)
        m.content = huge
        case_id = d.cases.create("melding", m.to_dict(), "Y.")
        service.finish(d, case_id, m, TODAY)
        assert d.cases.get(case_id).data["content"] == huge
        text = "".join(page.extract_text() for page in
                       PdfReader(io.BytesIO(melding_pdf(m, DEMO_PROFILE, 1, TODAY))).pages)
        assert "dit is een lange zin" in text
        verslag = dossierverslag.build(service.case_history(d, case_id), TODAY)
        assert dossierverslag.as_pdf(verslag, DEMO_PROFILE, TODAY).startswith(b"%PDF-")
        items = inzage.items_for_client(service.client_histories(d, "Y."), TODAY)
        assert inzage.inzage_pdf("Y.", "client", items, {}, DEMO_PROFILE, TODAY)


def test_text_a_font_can_show_comes_back(db_path):
    m = demo_melding(TODAY)
    m.content = "ĳverig, één, ’s avonds, naïef, Zoë, façade"
    text = "".join(page.extract_text() for page in  # the text of the melding is on page 2
                   PdfReader(io.BytesIO(melding_pdf(m, DEMO_PROFILE, 1, TODAY))).pages)
    for word in ("ĳverig", "één", "’s avonds", "naïef", "Zoë", "façade"):
        assert word in text


def test_awkward_names_in_profile_and_log(db_path):
    with Dossier.create(db_path, "x") as d:
        d.set_profile({"name": "S. de Vri\ud800es \u202e", "practice": "<b>Praktijk</b>"})
        d.cases.create("melding", {}, "Y\udfff")
        d.log.add("search", None, "\x00 resultaten \ud800")
        assert d.log.verify() == []
