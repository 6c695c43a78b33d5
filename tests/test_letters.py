"""Letters a clinician signs without editing (issue 12): the demo's documents read back.

The three letters (melding, informatieverstrekking, ander doel) open with 'Betreft' and a
salutation, say in sentences what the record holds, carry no handbook numbers and name the
organisations as they are called now; the records (overleg, dossierverslag, inzage) are not
letters. No document ends on a page holding only its closing; a heading stays with what
follows it; a word too wide for its column breaks with a hyphen.
"""

from __future__ import annotations

import io
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from app.demo import DEMO_PROFILE, demo_melding, demo_request
from app.documents.base import Letter, build, heading, rows_table, signature
from app.documents.melding import melding_pdf
from app.documents.prose import client_words, salutation
from app.flows import informatieverzoek
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)
LETTERS = ("melding.pdf", "informatieverstrekking.pdf", "ander-doel.pdf")
RECORDS = ("overleg.pdf", "dossierverslag.pdf", "inzage.pdf")
APART = "melding-niet-voor-het-gezin.pdf"

# What a handbook reference looks like: '(6.2)', '6.4', '1a.2', '4.ontvanger.1', 'stap 1b',
# 'handleiding', 'voetnoot 4'. A law article ('7.3.11', 'BW 7:454') is not one.
HANDBOOK_NUMBER = re.compile(
    r"(?<![\d.:])\d[a-z]?\.\d{1,2}(?![\d.])|\b\d[a-z]?\.(?:melder|ontvanger|instelling|vb)\b"
    r"|\bstap \d|\bhandleiding\b|\bvoetnoot\b|\(\d[a-z]?\)", re.IGNORECASE)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documents `deelwijzer demo` writes, made in this process."""
    from app.cli import cmd_demo

    out = tmp_path_factory.mktemp("demo")
    os.environ["DEELWIJZER_PASSPHRASE"] = "demo"
    try:
        assert cmd_demo(out) == 0
    finally:
        del os.environ["DEELWIJZER_PASSPHRASE"]
    return out


def text_of(demo: Path, name: str) -> str:
    return flat(pdf_text((demo / name).read_bytes()))


def pages_of(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("name", LETTERS)
def test_the_letters_open_with_betreft_and_a_salutation(demo, name):
    text = text_of(demo, name)
    assert "Betreft: " in text
    assert re.search(r"Geachte (mevrouw|heer) [A-Z][\w-]+,", text), name
    assert "Met vriendelijke groet," in text and DEMO_PROFILE["name"] in text
    assert "Voor vragen ben ik bereikbaar op 030 123 45 67" in text


def test_the_demo_letters_greet_whom_they_were_written_to(demo):
    assert "Geachte mevrouw Bosman," in text_of(demo, "melding.pdf")
    assert "Geachte mevrouw Smit," in text_of(demo, "informatieverstrekking.pdf")
    assert "Geachte mevrouw Bosman," in text_of(demo, "ander-doel.pdf")


@pytest.mark.parametrize("name", [*LETTERS, APART])
def test_no_handbook_numbers_in_what_leaves_the_practice(demo, name):
    found = HANDBOOK_NUMBER.findall(text_of(demo, name))
    assert not found, f"{name}: {found}"


def test_the_handbook_number_pattern_finds_what_the_letters_used_to_say():
    for old in ("Volledigheid (6.2)", "gedrag (6.4)", "u (handleiding 6.4)",
                "Verslag van overleg (stap 1b)", "(4.ontvanger.1)", "verbeteren (5.6)."):
        assert HANDBOOK_NUMBER.search(old), old
    for fine in ("Jeugdwet art. 7.3.11 lid 4", "BW 7:454 lid 3", "05-11-2026", "030 123 45 67",
                 "groep 4, Utrecht", "Postbus 4000"):
        assert not HANDBOOK_NUMBER.search(fine), fine


@pytest.mark.parametrize("name", [*LETTERS, *RECORDS, APART])
def test_organisations_are_named_as_they_are_called_now(demo, name):
    text = text_of(demo, name)
    assert "(voorheen" not in text
    assert not re.search(r"\bAMK\b|Bureau Jeugdzorg", text), name


def test_the_melding_says_in_sentences_what_the_record_holds(demo):
    text = text_of(demo, "melding.pdf")
    melding = text[text.index("3. De melding"):text.index("4. Ondersteunend netwerk")]
    # The facts as a list, each with its source; no table column of sources.
    assert "Waargenomen door" not in text
    assert "Ik zag blauwe plekken op beide onderarmen van cliënte. (eigen waarneming)" in melding
    assert "Cliënte vertelt dat de kinderen getuige zijn van dit geweld. (bron: cliënte zelf)" \
        in melding
    # Whether the client knows and consented, and why it went ahead: sentences, not fields.
    for form in ("Zorgen besproken", "Toestemming:", "Cliënt geïnformeerd", "Ontvanger",
                 "Reactie van de cliënt"):
        assert form not in text, form
    assert "Ik heb mijn zorgen met mijn cliënte besproken." in melding
    assert re.search(r"Ik heb mijn cliënte op \d+ \w+ \d{4} geïnformeerd over deze melding\.",
                     melding)
    assert "Zij heeft toestemming geweigerd." in melding
    assert "Waarom ik toch meld. Eerdere toezeggingen" in melding
    # The client is a mother: the headings say so ('de cliënte').
    assert "Contact met de cliënte over de melding" in melding
    assert "Mijn relatie tot de cliënte en de kinderen." in text
    # The content paragraph does not repeat the facts.
    content = melding[:melding.index("De feiten die tot de melding leidden")]
    assert "blauwe plekken" not in content and "bijna dagelijks" not in content
    # What the receiver said and what was agreed (4.ontvanger.1, 4): confirmed, not asked again.
    assert "uitgelegd: u doet binnen vijf werkdagen een veiligheidsbeoordeling en bericht mij " \
        "daarna." in melding
    assert "Besluit u de melding niet te onderzoeken, dan neem ik opnieuw contact met u op " \
        "als cliënte mij vertelt dat het geweld doorgaat of ernstiger wordt" in melding
    assert "Informatie over uw werkwijze" not in melding


def test_the_informatieverstrekking_reads_as_a_letter(demo):
    text = text_of(demo, "informatieverstrekking.pdf")
    assert "Naar aanleiding van uw verzoek van" in text
    assert "Vraag 3: Is vader volgens u een competente opvoeder?" in text
    assert "Wat de stoornis in het algemeen kan betekenen voor het gedrag tegenover de " \
        "kinderen. Een depressie kan leiden tot" in text
    assert "(waargenomen door mijzelf)" in text
    assert "Feiten die de zorg bevestigen." in text and "Feiten die de zorg ontkrachten." in text
    assert "Hij heeft toestemming gegeven." in text  # the client is the father
    assert "laat ik aan u." in text
    for form in ("Aanvrager", "Deskundigheid", "Waarom nodig", "Soort informatie", "Termijn",
                 "Toestemming:"):
        assert form not in text, form


def test_the_overleg_is_a_record_not_a_letter(demo):
    text = text_of(demo, "overleg.pdf")
    assert "Verslag van overleg" in text
    for letter in ("Geachte", "Met vriendelijke groet", "Eigen dossier (EPD)", "Betreft:"):
        assert letter not in text, letter
    assert "Aanleiding: ik me" not in text
    assert "Ik overlegde omdat ik me zorgen maak over Sara, de driejarige dochter van J." in text
    assert re.search(r"Vastgelegd door S\. de Vries, GZ-psycholoog op \d+ \w+ \d{4}\.", text)


def test_the_dossierverslag_is_a_report_with_the_handbooks_record(demo):
    text = text_of(demo, "dossierverslag.pdf")
    for letter in ("Geachte", "Met vriendelijke groet", "Betreft:"):
        assert letter not in text, letter
    assert "stap 7 van de handleiding" in text  # the clinician's own record may say so
    assert "De inhoud van de melding" in text
    assert "Het vervolg op de melding, voor zover Veilig Thuis of de Raad" in text
    m = demo_melding(TODAY)
    assert m.expectations.procedure_note in text
    assert m.expectations.report_again_when.split(",")[0] in text


def test_the_judgement_note_is_in_the_record_and_not_in_the_letter(demo):
    v = demo_request(TODAY)
    note = v.questions[2].judgement_note  # the question on the father as an opvoeder
    assert note
    entry = informatieverzoek.dossier_entry(v, DEMO_PROFILE, TODAY)
    items = {i["ref"]: i["text"] for i in entry["items"]}
    assert f"Wat ik met deze vraag deed: {note}" in items["7.melder.1"]
    assert note not in text_of(demo, "informatieverstrekking.pdf")


def test_the_case_view_shows_the_three_fields(qtbot, db_path):
    from app import service
    from app.vault.dossier import Dossier
    from ui.case_panel import CasePanel

    with Dossier.create(db_path, "x") as d:
        d.set_profile(DEMO_PROFILE)
        m = demo_melding(TODAY)
        case_id = d.cases.create("melding", m.to_dict(), "Y.")
        service.finish(d, case_id, m, TODAY)
        v = demo_request(TODAY)
        request_id = d.cases.create("informatieverzoek", v.to_dict(), "V.")
        service.finish(d, request_id, v, TODAY)
        panel = CasePanel()
        qtbot.addWidget(panel)
        panel.show_case(d, case_id, TODAY)
        shown = flat(panel.browser.toPlainText())
        assert m.expectations.procedure_note in shown
        assert m.expectations.report_again_when in shown
        assert "AMK" not in shown and "Bureau Jeugdzorg" not in shown
        panel.show_case(d, request_id, TODAY)
        assert v.questions[2].judgement_note
        assert v.questions[2].judgement_note in flat(panel.browser.toPlainText())


# --- layout ----------------------------------------------------------------------------------

ENDINGS = (r"Voor vragen ben ik bereikbaar[^\n]*", r"Met vriendelijke groet,", r"S\. de Vries",
           r"GZ-psycholoog, BIG \d+", r"Vastgelegd door [^\n]*", r"Bewaren", r"Bewaartermijn",
           r"Tot \d+ \w+ \d{4}: twintig jaar[^\n]*", r"7:454 lid 3\)\.",
           r"Heeft u vragen over dit afschrift[^\n]*", r"opnemen, neem dan contact op met uw "
           r"behandelaar\.", r"[^\n]*·[^\n]*", r"Praktijk De Linde", r"Lindelaan 12[^\n]*",
           r"VERTROUWELIJK", r"NIET VOOR HET GEZIN", r"[^\n]*— kenmerk [^\n]*",
           r"pagina \d+ van \d+")


def more_than_the_ending(page: str) -> str:
    """A page's text without letterhead, footer, closing, signature or retention line."""
    for pattern in ENDINGS:
        page = re.sub(pattern, " ", page)
    return flat(page).strip()


@pytest.mark.parametrize("name", [*LETTERS, *RECORDS, APART])
def test_no_demo_document_ends_on_a_page_with_only_its_closing(demo, name):
    last = pages_of((demo / name).read_bytes())[-1]
    assert len(more_than_the_ending(last)) > 60, f"{name}: {last!r}"


def test_the_closing_never_stands_alone_wherever_the_page_ends():
    """The melding made longer line by line: the closing and signature always bring the last
    lines before them along."""
    for n in range(0, 60, 2):
        m = demo_melding(TODAY)
        m.content += " Nog een zin over de situatie." * (n * 2)
        last = pages_of(melding_pdf(m, DEMO_PROFILE, 1, TODAY))[-1]
        assert len(more_than_the_ending(last)) > 60, (n, last)


def heading_pages(filler: float) -> list[str]:
    """Pages of a story: `filler` points of space, a heading, and a two-row table."""
    letter = Letter(kind="Test", title="Test", profile=DEMO_PROFILE, date=TODAY)
    story = [Spacer(1, filler), heading("Kop van de sectie"),
             *rows_table([("Eerste rij", "de eerste waarde"), ("Tweede rij", "de tweede waarde")])]
    return [flat(t) for t in pages_of(build(letter, story))]


def test_a_heading_stays_with_the_first_row_of_its_table():
    """The heading moved down the page point by point, through the bottom: wherever it falls,
    the first row of its table is on its page."""
    moved = []
    for filler in range(int(150 * mm), int(215 * mm), 3):
        pages = heading_pages(filler)
        [where] = [i for i, t in enumerate(pages) if "Kop van de sectie" in t]
        assert "Eerste rij de eerste waarde" in pages[where], filler
        moved.append(where)
    assert 0 in moved and 1 in moved  # the sweep went through the page break


def test_a_word_too_wide_for_its_column_breaks_with_a_hyphen():
    word = "Informatieverstrekkingsverplichting"
    letter = Letter(kind="Test", title="Test", profile=DEMO_PROFILE, date=TODAY)
    data = build(letter, [*rows_table([(word, "x"), ("Kort", "informatieverstrekking")],
                                      label_width=28 * mm), signature(DEMO_PROFILE)])
    text = pdf_text(data)
    assert "\u00ad" not in text  # soft hyphens are break points, never characters in the text
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Informatie"))
    parts = []
    for line in lines[start:]:
        parts.append(line.strip())
        if not line.rstrip().endswith("-"):
            break
    assert len(parts) >= 2 and all(x.endswith("-") for x in parts[:-1]), parts
    assert "".join(x.rstrip("-") for x in parts) == word
    assert "informatieverstrekking" in text  # a word that fits is never broken


# --- composing ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("contact", "expected"), [
    ("mw. J. Bosman", "Geachte mevrouw Bosman,"),
    ("Mw. J.P. Bosman, aandachtsfunctionaris", "Geachte mevrouw Bosman,"),
    ("mevrouw dr. A. de Vries-Jansen", "Geachte mevrouw De Vries-Jansen,"),
    ("dhr. M. van den Berg", "Geachte heer Van den Berg,"),
    ("de heer P. Smit (raadsonderzoeker)", "Geachte heer Smit,"),
    ("mw. Jolanda Bosman", "Geachte mevrouw Bosman,"),
    ("J. Bosman", "Geachte heer, mevrouw,"),
    ("dr. H. Kramer", "Geachte heer, mevrouw,"),
    ("", "Geachte heer, mevrouw,"),
])
def test_salutation_from_the_recorded_contact(contact, expected):
    assert salutation(contact) == expected


def test_the_client_is_referred_to_by_the_recorded_role():
    assert client_words("moeder van de kinderen").subject == "zij"
    assert client_words("vader").object == "hem"
    assert client_words("partner van moeder").noun == "mijn cliënt"
    assert client_words("").subject == "de cliënt"


def test_a_written_melding_to_a_contact_not_known_is_greeted_neutrally():
    m = demo_melding(TODAY)
    m.receiver.channel = "schriftelijk"
    m.receiver.contact_person = ""
    text = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Geachte heer, mevrouw, Hierbij meld ik een vermoeden van kindermishandeling." in text
    assert "mondelinge melding" not in text


def test_a_due_date_already_past_is_not_asked_for(demo):
    m = demo_melding(TODAY - timedelta(days=30))
    text = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Uiterlijk" not in text
    assert "Graag ontvang ik van u: • " in text
    assert "• Bericht of u de melding onderzoekt, en na afronding de uitkomsten." in text


def test_when_to_report_again_goes_on_mid_sentence_in_lower_case():
    """Found walking the app: 'Als het geweld …' typed as its own sentence came out as
    '… contact met u op Als het geweld …'."""
    m = demo_melding(TODAY)
    m.expectations.report_again_when = "Als het geweld weer oplaait"
    text = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "opnieuw contact met u op als het geweld weer oplaait." in text
