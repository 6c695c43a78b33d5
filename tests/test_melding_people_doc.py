"""The Melding laid out as the receivers' forms, its separate part 'niet voor het gezin', and
the informatieverstrekking's identification of the client — read back from the real PDFs."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pikepdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from app import service
from app.checks.dates import format_nl
from app.demo import DEMO_PROFILE, demo_melding, demo_request
from app.documents.informatieverstrekking import informatieverstrekking_pdf
from app.documents.melding import melding_pdf, melding_withheld_pdf
from app.flows.kit import children_label
from app.model import Attachment, Child, Melding, People, Person, Withheld
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)
CASE = 7
PASSWORD = "telefonisch doorgeven 42"


def letter_text(m: Melding, today: date = TODAY) -> str:
    return flat(pdf_text(melding_pdf(m, DEMO_PROFILE, CASE, today)))


def section(text: str, start: str, end: str | None = None) -> str:
    """The text from heading `start` up to heading `end` (or the end)."""
    head = text.index(start)
    return text[head:text.index(end, head)] if end else text[head:]


def withheld_phrases(m: Melding) -> list[str]:
    """Distinctive phrases of the withheld text, its reason and the note on the agreement."""
    w = m.withheld
    phrases = ["haar partner niet te laten weten dat de informatie", "zij is bang dat het geweld",
               "als hij dat hoort", "op haar mobiele nummer", "als haar partner aan het werk is",
               "kan dat haar veiligheid in gevaar brengen",
               "Dat spraken wij af bij de mondelinge melding"]
    for phrase in phrases:  # the phrases are the demo's own, not made up here
        assert phrase in flat(" ".join((w.text, w.reason, w.agreed_note))), phrase
    return phrases


def grandmother_called(m: Melding) -> Melding:
    """`m` with a separate part that names a source: the grandmother, Ria de Graaf, called and
    fears the partner's reaction. (The demo's own separate part names nobody.)"""
    m.withheld.text = (
        "Mevrouw De Graaf, de grootmoeder, belde mij ongevraagd. Zij vertelde dat zij de "
        "kinderen sinds de zomer ongeveer één keer per week opvangt na ruzies thuis; cliënte "
        "brengt ze dan. Zij is bang voor de partner van cliënte als hij hoort dat zij iets heeft "
        "gezegd, en wil alleen op werkdagen tussen 9 en 12 uur gebeld worden.")
    m.withheld.reason = "De veiligheid van de grootmoeder: zij vreest de reactie van de partner."
    return m


def test_the_letter_names_the_family_so_that_veilig_thuis_can_find_it():
    m = demo_melding(TODAY)
    text = letter_text(m)
    people = section(text, "2. Betrokkenen", "3. De melding")
    for child in m.children:
        assert child.name in people
        assert format_nl(child.birth_date) in people
    assert "2 juni 2022 (4 jaar)" in people and "19 september 2019 (7 jaar)" in people
    assert "peuterspeelzaal De Vlinder, Utrecht" in people
    assert "basisschool De Regenboog, groep 4, Utrecht" in people
    assert people.count("bij moeder, Lindelaan 40") == 2
    client = section(people, "Cliënt", "Kinderen")
    assert "Yvonne Visser" in client
    assert "12 maart 1991 (35 jaar)" in client
    assert "Lindelaan 40, 3581 AB Utrecht" in client and "06 1234 5678" in client
    gezag = section(people, "Ouders en gezag", "Anderen in het huishouden")
    assert "Gezag" in gezag
    assert re.search(r"Yvonne Visser moeder \(cliënte\) ja Marco Visser vader van Amira en Ruben; "
                     r"woont in Zeist, ziet de kinderen om het weekend nee", gezag)
    household = section(people, "Anderen in het huishouden")
    assert "Dennis Kramer partner van cliënte, ongeveer 35 jaar Lindelaan 40, 3581 AB " \
        "Utrecht" in household


@pytest.mark.handbook("7.instelling.4")
def test_the_melder_with_phone_and_email_from_the_profile():
    melder = section(letter_text(demo_melding(TODAY)), "1. Melder", "2. Betrokkenen")
    for key in ("name", "discipline", "big", "practice", "address", "phone", "email"):
        assert DEMO_PROFILE[key] in melder, key
    assert "BIG-nummer" in melder and "E-mail" in melder


def test_the_network_and_the_other_professionals():
    m = demo_melding(TODAY)  # its separate part names nobody: the grandmother is listed here
    network = section(letter_text(m), "4. Ondersteunend netwerk", "5. Overige informatie")
    assert "Ria de Graaf" in network and "grootmoeder" in network
    assert "Burgemeester Reigerstraat 20, 3581 KP Utrecht" in network
    assert "030 251 87 60" in network
    assert "huisarts" in network and "dr. E. Koster" in network
    assert "Huisartsenpraktijk Oudwijk" in network and "030 271 44 00" in network
    assert "intern begeleider van Ruben mw. L. Bakker basisschool De Regenboog, Utrecht" \
        in network


def test_whoever_the_part_apart_names_is_left_out_of_the_letter_and_listed_apart():
    """7.vb.3: what leads to the source goes. When the separate part is the grandmother's
    call, the letter, which the family reads, must not list her, the separate part does."""
    m = grandmother_called(demo_melding(TODAY))
    letter = letter_text(m)
    assert "Graaf" not in letter and "030 251 87 60" not in letter
    assert "Reigerstraat" not in letter
    assert "dr. E. Koster" in letter  # the huisarts is not named apart: still in the letter
    assert "Dennis Kramer" in letter  # 'de partner van cliënte' is not his name
    apart = flat(pdf_text(melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) or b""))
    listed = section(apart, "Wie hier genoemd wordt")
    assert "Ria de Graaf" in listed and "030 251 87 60" in listed
    assert "dr. E. Koster" not in listed and "Dennis Kramer" not in listed

    m = demo_melding(TODAY)  # the demo's own part (the client's request) names nobody
    assert "Ria de Graaf" in letter_text(m)
    apart = flat(pdf_text(melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) or b""))
    assert "Wie hier genoemd wordt" not in apart and "Ria de Graaf" not in apart


def test_the_advice_consultation_and_the_enclosures_with_their_dates():
    m = demo_melding(TODAY)
    m.attachments.append(Attachment("Brief van de huisarts", "2026-10-02"))
    other = section(letter_text(m), "5. Overige informatie")
    assert "Adviesgesprek vooraf" in other
    assert format_nl(m.advice.date) in other
    assert "mw. K. Jansen, adviseur van Veilig Thuis Utrecht (telefonisch)" in other
    # The advice as the clinician wrote it, a sentence of its own (not squeezed after a colon).
    assert "(telefonisch). Zij adviseerde mij een melding te doen, omdat de kinderen getuige " \
        "zijn van het geweld, en dat vooraf met cliënte te bespreken." in other
    assert "Bijlagen" in other
    assert "Brief van de huisarts 2 oktober 2026" in other


@pytest.mark.handbook("7.vb.2")
def test_the_letter_holds_nothing_of_the_withheld_part_not_even_that_it_exists():
    """The family reads the letter: 'there is a part you may not read' is itself a lead to its
    source, so the letter does not mention it; the separate part names the letter."""
    m = demo_melding(TODAY)
    text = letter_text(m)
    for phrase in withheld_phrases(m):
        assert phrase not in text, phrase
    assert "apart" not in text.lower() and "niet voor het gezin" not in text.lower()
    assert not re.search(r"DW-00007-\d{8}-A", text)


def test_the_separate_part_carries_the_withheld_text_and_its_marking_on_every_page():
    m = demo_melding(TODAY)
    data = melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY)
    assert data is not None
    text = flat(pdf_text(data))
    for phrase in withheld_phrases(m):
        assert phrase in text, phrase
    assert "Niet voor het gezin" in text and "niet bestemd voor inzage" in text
    assert "Geachte mevrouw Bosman," in text and "Met vriendelijke groet," in text
    assert "Waarom het gezin dit niet mag lezen. Als haar partner leest dat zij bang" in text
    assert "Zoals met u afgesproken geef ik dit deel apart. Dat spraken wij af bij de " \
        f"mondelinge melding op {format_nl(m.receiver.date)}." in text
    letter_ref = re.search(r"Ons kenmerk: (DW-\S+)", letter_text(m))
    assert letter_ref is not None
    assert f"Ons kenmerk: {letter_ref.group(1)}-A" in text
    assert f"Hoort bij de melding met kenmerk {letter_ref.group(1)}" in text
    about = section(text, "Over wie het gaat", "Wat u moet weten")  # to file it with the melding
    assert "Amira Visser" in about and "Ruben Visser" in about and "Yvonne Visser" in about
    assert "kenmerk" not in about  # the reference is in the heading, not a row again

    m.withheld.text = "\n".join([m.withheld.text] * 40)  # several pages
    reader = PdfReader(io.BytesIO(melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) or b""))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        page_text = flat(page.extract_text())
        assert "NIET VOOR HET GEZIN" in page_text
        assert "Niet voor het gezin — Vertrouwelijk" in page_text


def test_no_withheld_part_no_separate_pdf_and_no_mention():
    m = demo_melding(TODAY)
    m.withheld = Withheld()
    assert melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) is None
    text = letter_text(m)
    assert "Apart deel" not in text and "niet voor het gezin" not in text
    assert not re.search(r"DW-00007-\d{8}-A", text)
    m.withheld = Withheld(text="  \n ", reason="")
    assert melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) is None


def test_a_part_not_yet_agreed_is_not_announced_as_agreed():
    m = demo_melding(TODAY)
    m.withheld.agreed = False
    apart = flat(pdf_text(melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) or b""))
    assert "Dit is nog niet met u afgesproken. Ik vraag u dit deel apart te houden van wat " \
        "het gezin kan inzien." in apart
    assert "Zoals met u afgesproken" not in apart


@pytest.mark.handbook("7.vb.3")
def test_an_anonymity_request_is_stated_plainly():
    m = demo_melding(TODAY)
    assert "anoniem" not in letter_text(m).lower()
    m.anonymous = True
    m.anonymous_reason = "De vader heeft mij eerder bedreigd."
    text = letter_text(m)
    assert "Ik wil anoniem blijven tegenover het gezin" in section(text, "1. Melder",
                                                                    "2. Betrokkenen")
    other = section(text, "5. Overige informatie")
    assert "Verzoek om anonimiteit" in other
    assert "Ik vraag u mijn naam en mijn gegevens als melder niet aan het gezin bekend te " \
        "maken." in other
    assert "De vader heeft mij eerder bedreigd." in other


def test_an_unknown_address_is_said_with_its_reason():
    m = demo_melding(TODAY)
    m.people.client_address = ""
    for child in m.children:
        child.lives_with = ""
    m.people.address_unknown = "Het gezin is verhuisd; het nieuwe adres weet ik niet."
    client = section(letter_text(m), "Cliënt", "Kinderen")
    assert "Adres onbekend: Het gezin is verhuisd; het nieuwe adres weet ik niet." in client
    assert "Woont" not in section(letter_text(m), "Kinderen", "Ouders en gezag")


def test_a_melding_from_an_old_draft_still_gives_a_sensible_letter():
    bare = Melding(client_pseudonym="Y.", client_role="moeder", children=[Child("A.", "4")])
    text = letter_text(bare)
    assert "Melding van een vermoeden van kindermishandeling" in text
    assert "Naam Y." in text and "Naam Leeftijd A. 4 jaar" in text
    for absent in ("Ouders en gezag", "Ondersteunend netwerk", "Overige informatie",
                   "Geboortedatum Woont", "mondelinge melding van .", "Apart deel"):
        assert absent not in text, absent

    m = demo_melding(TODAY)  # a full old melding: everything but the Betrokkenen's details
    m.people, m.children = People(), [Child("A.", "4")]
    m.advice.consulted, m.withheld, m.attachments = None, Withheld(), []
    text = letter_text(m)
    assert re.search(r"1\. Melder .* 2\. Betrokkenen .* 3\. De melding .*", text)
    assert "4. Ondersteunend netwerk" not in text and "Overige informatie" not in text
    assert "Naam Y. Rol moeder" in text and "A. 4 jaar" in text
    assert "Ik zag blauwe plekken op beide onderarmen van cliënte." in text
    assert melding_withheld_pdf(m, DEMO_PROFILE, CASE, TODAY) is None


def test_informatieverstrekking_identifies_the_client_and_children_without_address():
    v = demo_request(TODAY)
    v.people.client_address = "Kerkweg 3, 3600 AA Maarssen"
    v.people.client_phone = "06 5555 0000"
    v.people.network = [Person("Greet Peters", "grootmoeder", "", "Dorpsstraat 9", "0346 1")]
    text = flat(pdf_text(informatieverstrekking_pdf(v, DEMO_PROFILE, 2, TODAY)))
    about = section(text, "Over wie het gaat", "Uw vragen en mijn antwoorden")
    assert "Vincent Peters" in about
    assert format_nl(v.people.client_birth_date) in about and "(41 jaar)" in about
    for child in v.children:
        assert f"{child.name}, {format_nl(child.birth_date)}" in about
    for absent in ("Kerkweg", "06 5555 0000", "Greet Peters", "Dorpsstraat"):
        assert absent not in text, absent

    v.people.client_name = ""  # named as the requester did: else the label
    assert "Cliënt V., vader" in flat(pdf_text(informatieverstrekking_pdf(v, DEMO_PROFILE, 2,
                                                                         TODAY)))


def test_children_label_counts_ages_on_the_given_day():
    m = Melding(children=[Child("Ruben", "", "2019-09-30"), Child()])
    assert children_label(m, date(2026, 9, 29)) == "Ruben, 30 september 2019 (6 jaar)"
    assert children_label(m, date(2026, 9, 30)) == "Ruben, 30 september 2019 (7 jaar)"


def test_ages_in_the_letter_follow_the_document_date():
    m = demo_melding(TODAY)
    later = TODAY + timedelta(days=365 * 2)
    assert "2 juni 2022 (6 jaar)" in letter_text(m, later)


def test_the_separate_part_is_recorded_and_named_in_the_timeline(db_path):
    from app.flows.timeline import timeline
    from app.vault.dossier import Dossier

    with Dossier.create(db_path, "x") as d:
        d.set_profile(DEMO_PROFILE)
        m = demo_melding(TODAY)
        case_id = d.cases.create("melding", m.to_dict(), "Y.")
        service.finish(d, case_id, m, TODAY)
        service.document(d, case_id, TODAY)
        apart = service.apart_document(d, case_id, TODAY)
        assert apart is not None and "op haar mobiele nummer" in flat(pdf_text(apart))
        assert [doc["kind"] for doc in d.cases.documents(case_id)] == ["melding",
                                                                      "melding_apart"]
        titles = [e.title for e in timeline(service.case_history(d, case_id), TODAY)]
        assert any("Melding, apart deel" in t for t in titles)

        plain = demo_melding(TODAY)
        plain.withheld = Withheld()
        other = d.cases.create("melding", plain.to_dict(), "Y.")
        service.finish(d, other, plain, TODAY)
        assert service.apart_document(d, other, TODAY) is None
        assert d.cases.documents(other) == []


@pytest.mark.parametrize("password", ["", PASSWORD])
def test_main_window_writes_the_separate_part_beside_the_melding(qtbot, db_path, tmp_path,
                                                                password):
    from app.vault.dossier import Dossier
    from ui import msgbox, preview_dialog
    from ui.main_window import MainWindow

    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(TODAY)
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, TODAY)
    window = MainWindow(d, today=TODAY)
    qtbot.addWidget(window)
    target = tmp_path / "uit" / "melding.pdf"
    target.parent.mkdir()
    apart = tmp_path / "uit" / "melding-niet-voor-het-gezin.pdf"
    msgbox.shown.clear()
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(target), password, False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        window.documents.make_pdf(case_id)
    qtbot.waitUntil(lambda: msgbox.pending_answers() == 0)
    assert sorted(p.name for p in target.parent.iterdir()) == [apart.name, target.name]

    def read(path):
        if password:
            with pytest.raises(pikepdf.PasswordError):
                pikepdf.open(path)
            reader = PdfReader(path)
            reader.decrypt(password)
            return flat("\n".join(page.extract_text() for page in reader.pages))
        return flat(pdf_text(path.read_bytes()))

    letter, part = read(target), read(apart)
    for phrase in withheld_phrases(m):
        assert phrase not in letter and phrase in part, phrase
    assert "NIET VOOR HET GEZIN" in part
    kinds = [doc["kind"] for doc in d.cases.documents(case_id)]
    assert kinds == ["melding", "melding_apart"]
    [told] = [text for kind, text in msgbox.shown if kind == "question"]
    assert "twee bestanden" in told and str(apart) in told and str(target) in told
    assert "NIET VOOR HET GEZIN" in told and "Geef het nooit aan het gezin" in told
    assert ("hetzelfde wachtwoord" in told) == bool(password)
    window.close()
    d.close()


def test_main_window_writes_one_file_when_nothing_is_withheld(qtbot, db_path, tmp_path):
    from app.vault.dossier import Dossier
    from ui import msgbox, preview_dialog
    from ui.main_window import MainWindow

    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    m = demo_melding(TODAY)
    m.withheld = Withheld()
    case_id = d.cases.create("melding", m.to_dict(), "Y.")
    service.finish(d, case_id, m, TODAY)
    window = MainWindow(d, today=TODAY)
    qtbot.addWidget(window)
    target = tmp_path / "uit" / "melding.pdf"
    target.parent.mkdir()
    msgbox.shown.clear()
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(target), "", False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        window.documents.make_pdf(case_id)
    qtbot.waitUntil(lambda: msgbox.pending_answers() == 0)
    assert [p.name for p in target.parent.iterdir()] == ["melding.pdf"]
    assert [doc["kind"] for doc in d.cases.documents(case_id)] == ["melding"]
    [told] = [text for kind, text in msgbox.shown if kind == "question"]
    assert "twee bestanden" not in told
    window.close()
    d.close()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_in_the_people_and_the_withheld_part_gives_valid_pdfs(text):
    m = demo_melding(TODAY)
    m.people.parents[0].name = m.children[0].lives_with = m.people.address_unknown = text
    m.attachments = [Attachment("bijlage", "2026-10-02")]
    m.people.professionals[0].contact = m.attachments[0].description = text
    m.withheld.text = m.withheld.reason = text + "x"
    for data in (melding_pdf(m, DEMO_PROFILE, 1, TODAY),
                 melding_withheld_pdf(m, DEMO_PROFILE, 1, TODAY) or b""):
        assert data.startswith(b"%PDF-") and len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_very_long_people_fields_and_withheld_text_flow_over_pages():
    m = demo_melding(TODAY)
    m.children[0].lives_with = "bij moeder, daarna bij oma, dan weer thuis. " * 300
    m.people.network[0].relation = "z" * 20_000
    m.withheld.text = "Een lange zin die apart moet blijven. " * 2000
    m.withheld.reason = "Reden. " * 1000
    assert len(PdfReader(io.BytesIO(melding_pdf(m, DEMO_PROFILE, 1, TODAY))).pages) > 4
    apart = melding_withheld_pdf(m, DEMO_PROFILE, 1, TODAY) or b""
    assert len(PdfReader(io.BytesIO(apart)).pages) > 3

    m = demo_melding(TODAY)
    m.people.client_address = "Straat 1 " * 10_000  # once left 'Bijlagen' unplaceable
    assert melding_pdf(m, DEMO_PROFILE, 1, TODAY).startswith(b"%PDF-")


def test_every_block_finds_a_place_wherever_the_page_ends():
    """The sub-headed blocks (Kinderen, Bijlagen, …) shifted down the page step by step."""
    for n in range(0, 120, 3):
        m = demo_melding(TODAY)
        m.content += " woord" * (n * 6)
        m.anonymous, m.anonymous_reason = n % 2 == 0, "Reden. " * 5
        m.attachments *= 1 + n % 4
        m.withheld.text = "zin " * (n * 20 + 1)
        assert melding_pdf(m, DEMO_PROFILE, 1, TODAY).startswith(b"%PDF-")
        assert (melding_withheld_pdf(m, DEMO_PROFILE, 1, TODAY) or b"").startswith(b"%PDF-")
