"""The Melding PDF, read back with pypdf: content, marking, pages, fonts, metadata."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.demo import DEMO_PROFILE, demo_melding
from app.documents.melding import melding_pdf
from app.model import Fact
from tests.pdfcheck import embedded_fonts_only, flat, pdf_text

TODAY = date(2026, 11, 29)


@pytest.mark.handbook("4.melder.1", "4.melder.2", "7.instelling.1", "7.instelling.4")
def test_melding_pdf_holds_facts_sources_consent_and_signature():
    m = demo_melding(TODAY)
    data = melding_pdf(m, DEMO_PROFILE, 7, TODAY)
    text = flat(pdf_text(data))
    assert "VERTROUWELIJK" in text
    assert "Praktijk De Linde" in text
    assert "Veilig Thuis Utrecht" in text
    assert "Ik zag blauwe plekken op beide onderarmen van cliënte." in text
    assert "bron: cliënte zelf" in text
    assert "eigen waarneming" in text
    assert "toestemming geweigerd" in text
    assert "ondanks haar bezwaren door" in text
    assert "DW-00007-" in text
    assert "S. de Vries" in text and "GZ-psycholoog" in text
    assert "schriftelijke of digitale weergave" in text


def test_page_x_of_y_on_every_page():
    m = demo_melding(TODAY)
    m.facts = m.facts * 12  # force several pages
    reader = PdfReader(io.BytesIO(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"pagina {number} van {total}" in text
        assert "VERTROUWELIJK" in text


@pytest.mark.handbook("2.2")
def test_currency_notice_in_document_when_contact_is_old():
    m = demo_melding(TODAY)
    m.last_contact = "2025-05-30"
    text = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "deze informatie is niet actueel" in text
    assert "30 mei 2025" in text


def test_fonts_are_embedded_truetype_and_dutch_characters_survive():
    m = demo_melding(TODAY)
    m.concern = "Zorgen over ’s avonds, cliënte, café, geïnformeerd, ‘tussen aanhalingstekens’"
    data = melding_pdf(m, DEMO_PROFILE, 1, TODAY)
    assert embedded_fonts_only(data)
    assert b"/FontFile2" in data
    text = pdf_text(data)
    for word in ("’s avonds", "cliënte", "café", "geïnformeerd", "‘tussen"):
        assert word in text


def test_metadata_does_not_carry_the_client():
    m = demo_melding(TODAY)
    m.client_pseudonym = "MevrouwUniekeNaam"
    data = melding_pdf(m, DEMO_PROFILE, 1, TODAY)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert "MevrouwUniekeNaam" not in " ".join(str(v) for v in meta.values())


def test_markup_in_user_text_is_printed_not_interpreted():
    m = demo_melding(TODAY)
    m.concern = "a <b>vet</b> & </para> <font size=40>groot"
    text = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "a <b>vet</b> & </para> <font size=40>groot" in text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_gives_a_valid_pdf(text):
    m = demo_melding(TODAY)
    m.facts.append(Fact(text, text[:20] or "x", False, text))
    m.content = text
    data = melding_pdf(m, DEMO_PROFILE, 1, TODAY)
    assert data.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_very_long_fields_flow_over_pages_in_every_document(db_path):
    """A table row taller than a page used to stop the PDF with a LayoutError."""
    from app import service
    from app.demo import demo_request
    from app.documents import dossierverslag
    from app.documents.informatieverstrekking import informatieverstrekking_pdf
    from app.vault.dossier import Dossier

    m = demo_melding(TODAY)
    m.facts[0].what = "Een lang feit met veel woorden. " * 400  # a table row taller than a page
    m.openness.client_reaction = "Zij zegt dat het niet klopt. " * 300
    m.content = "x" * 100_000  # no spaces at all
    assert len(PdfReader(io.BytesIO(melding_pdf(m, DEMO_PROFILE, 1, TODAY))).pages) > 3
    v = demo_request(TODAY)
    v.questions[0].answer = "Antwoord met woorden. " * 1000
    v.confirming = "y" * 20_000
    data = informatieverstrekking_pdf(v, DEMO_PROFILE, 2, TODAY)
    assert len(PdfReader(io.BytesIO(data)).pages) > 3
    with Dossier.create(db_path, "x") as d:
        d.set_profile(DEMO_PROFILE)
        case_id = d.cases.create("melding", m.to_dict(), "Y.")
        service.finish(d, case_id, m, TODAY)
        verslag = dossierverslag.build(service.case_history(d, case_id), TODAY)
        assert len(PdfReader(io.BytesIO(dossierverslag.as_pdf(verslag, DEMO_PROFILE,
                                                              TODAY))).pages) > 3
