"""The Melding PDF, read back with pypdf: content, marking, pages, fonts, metadata."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app.demo import DEMO_PROFILE, demo_melding
from app.documents.melding import melding_pdf
from app.model import Fact
from tests.pdfcheck import embedded_fonts_only, flat, pdf_text

TODAY = date(2026, 11, 29)


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
