"""Issue 12, any script prints correctly: a Melding whose client, facts and concern mix Dutch,
Turkish, Arabic, Hebrew and emoji, read back with pypdf and (when installed) poppler and qpdf.

Right-to-left text is drawn in visual order, shaped, with a text layer that gives back what was
typed, in logical order; what no font has comes out as MARKER. Readers attach a space or a stop
between a right-to-left run and the left-to-right text after it to the run (pypdf and poppler
alike), so the text comes back checked phrase by phrase and, whole, letter by letter.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bidi import get_display
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from app.demo import DEMO_PROFILE, demo_melding
from app.documents.base import FONT, FONT_BOLD, clean, para_markup, register_fonts, styles
from app.documents.melding import melding_pdf
from app.documents.text_shaping import _RTL, MARKER, _levels, printable
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)
NAME = "فاطمة العمراني"  # the client, alone in her table cell
ARABIC = "مرحبا بكم في البيت"
HEBREW = "שרה כהן"
FACT = f"Zij zei letterlijk: {ARABIC}"
CONCERN = (f"Haar buurvrouw {HEBREW} belde; Gülşen İnce zag het ığdır-bord. Zoë, ĳverig en "
           "één keer stil, tekent 😀 en 👍🏽, 🇳🇱, 👨\u200d👩\u200d👧 en 中文.")
# What the concern must read as: emoji that DejaVu Sans has (😀) stay, the rest is MARKER,
# one for each character as a reader counts them (a skin tone, a flag, a family are one).
CONCERN_PRINTED = CONCERN.replace("👍🏽", MARKER).replace("🇳🇱", MARKER).replace(
    "👨\u200d👩\u200d👧", MARKER).replace("中文", MARKER * 2)
DUTCH_AND_TURKISH = ["Gülşen İnce", "ığdır-bord", "Zoë, ĳverig en één keer stil",
                     f"tekent 😀 en {MARKER}, {MARKER}, {MARKER} en {MARKER}{MARKER}."]
OUT = Path("/tmp/scripts")


@pytest.fixture(scope="module")
def pdf() -> bytes:
    m = demo_melding(TODAY)
    m.people.client_name = NAME
    m.facts[0].what = FACT
    m.concern = CONCERN
    return melding_pdf(m, DEMO_PROFILE, 12, TODAY)


def letters(text: str) -> str:
    """Only letters and digits: what no reader's handling of spaces and stops can move."""
    return re.sub(r"[\W_]", "", text)


def check_text(text: str) -> None:
    for phrase in (NAME, ARABIC, HEBREW, *DUTCH_AND_TURKISH):
        assert phrase in text, phrase
    for field in (NAME, FACT, CONCERN_PRINTED):
        assert letters(field) in letters(text), field
    assert "😀" in text
    # Nothing of the machinery leaks into the text layer: no private codes, no lost glyphs.
    assert not re.search("[\x00\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]", text)
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)  # no presentation forms


def test_pypdf_reads_back_what_was_typed(pdf):
    check_text(flat(pdf_text(pdf)))


def test_every_to_unicode_map_is_valid_utf16(pdf):
    """reportlab wrote U+1F600 as <1F600>: an odd hex string that made readers drop text."""
    reader = PdfReader(io.BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            font = ref.get_object()
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
                for code, meaning in re.findall(r"<([0-9A-F]+)>\s*<([0-9A-F]*)>", block):
                    assert len(code) == 2 and len(meaning) % 4 == 0, (code, meaning)
                    decoded = bytes.fromhex(meaning).decode("utf-16-be")  # strict
                    assert not re.search("[\ue000-\uf8ff\U000f0000-\U0010ffff]", decoded)
                    seen += 1
    assert seen > 100
    assert "😀" in pdf_text(pdf)


def test_arabic_is_joined_and_right_to_left():
    """The glyphs drawn for محمد, left to right, are final dal, medial meem, medial hah and
    initial meem (the font's presentation forms); Hebrew has no forms, only the order."""
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    cmap = font.face.charToGlyph
    drawn = [cmap[ord(c)] for c in font._visual_line("محمد")]
    assert drawn == [cmap[0xFEAA], cmap[0xFEE4], cmap[0xFEA4], cmap[0xFEE3]]
    assert font._visual_line("שרה כהן") == "ןהכ הרש"
    assert font._visual_line("Gülşen İnce") == "Gülşen İnce"
    # A right-to-left run inside a Dutch line: the line keeps its order, the run turns.
    assert font._visual_line("zei שרה כהן.") == "zei ןהכ הרש."


def test_each_line_of_a_wrapped_quote_is_in_order():
    """A line is ordered on its own, after wrapping: the first words of a quote that goes on to
    the next line are at the right end of the first line, the next ones on the next line."""
    words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split()
    para = Paragraph(para_markup("De moeder zei: " + " ".join(words) + " en verder niets."),
                     styles()["body"])
    para.wrap(200, 1000)
    lines = [" ".join(line[1]) for line in para.blPara.lines]
    assert len(lines) > 1 and lines[0].startswith("De moeder zei: " + words[0])
    assert _read(lines[0]).startswith("De moeder zei: ")
    seen = []
    for line in lines:
        typed = [w for w in line.split() if _RTL.search(w)]
        drawn = [w for w in _read(line).split() if _RTL.search(w)]  # left to right
        assert [w[::-1] for w in reversed(drawn)] == typed, line
        seen += typed
    assert seen == words


def test_markers_for_what_no_font_has():
    register_fonts()
    assert printable("👍🏽 🇳🇱 👨\u200d👩\u200d👧 中文 😀 ❤️", FONT, FONT_BOLD) == (
        f"{MARKER} {MARKER} {MARKER} {MARKER}{MARKER} 😀 ❤️")
    assert printable("Ğ ğ İ ı Ş ş ë ĳ é ’", FONT, FONT_BOLD) == "Ğ ğ İ ı Ş ş ë ĳ é ’"
    # Invisible overrides and embeddings go (a line is ordered on its own), marks stay.
    assert printable("a\u202eb\u2067c\u2069\u200fd", FONT, FONT_BOLD) == "abc\u200fd"
    assert clean("naam\U000f0001 🧒🏽") == f"naam{MARKER} {MARKER}"


def test_levels_are_read_from_python_bidi():
    """text_shaping reads the levels from python-bidi's debug form; a new version that writes
    it otherwise must fail here, not print Arabic backwards."""
    assert _levels("abc שלום 12") == [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]
    assert _levels("שלום, 12!") == [1, 1, 1, 1, 1, 1, 2, 2, 1]  # no Latin letter: right to left


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")
def test_poppler_reads_back_what_was_typed_and_places_it_right_to_left(pdf):
    run = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    # poppler wraps right-to-left runs in embedding marks for display; they are not text.
    check_text(flat(re.sub("[\u202a-\u202c]", "", run.stdout.decode())))
    # Where the glyphs are: each word of the Arabic phrase left of the one before it.
    boxes = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode()
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    for phrase in (ARABIC, HEBREW, NAME):
        found = [[(float(x), float(y)) for x, y, w in words if w.strip(".,;:!?()") == word[::-1]]
                 for word in phrase.split()]
        assert all(found), phrase  # poppler lists a word's letters left to right
        line = {y for x, y in found[0]}
        xs = [next(x for x, y in f if y in line) for f in found]
        assert xs == sorted(xs, reverse=True), phrase


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf not installed")
def test_qpdf_finds_the_file_sound(pdf, tmp_path):
    path = tmp_path / "melding.pdf"
    path.write_bytes(pdf)
    run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors" in run.stdout


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_pages_render_for_a_look(pdf):
    """For a person to look at: /tmp/scripts/melding-scripts-N.png (Arabic joined and right to
    left, Hebrew right to left, the markers)."""
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("melding-scripts-*.png"):
        old.unlink()
    path = OUT / "melding-scripts.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(path), str(OUT / "melding-scripts")],
                   check=True)
    pages = sorted(OUT.glob("melding-scripts-*.png"))
    assert len(pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert all(p.stat().st_size > 10_000 for p in pages)


# --- properties ------------------------------------------------------------------------------

HEBREW_LATIN = st.text(st.sampled_from(list("אבגדהוזחטיכלמנסעפצקרשתםןךףץ\u05b7\u05bc")
                                       + list("abcXYZëİı 0123456789 .,:;!-+/%$#")), max_size=40)
ARABIC_LATIN = st.text(st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى")
                                       + ["\u064e", "\u0651", "\u200c", "\u0640"]
                                       + list(" .,:!؟0123456789٣٤abc שלום")), max_size=40)
BRACKETS = st.text(st.sampled_from(list("لا الأمين مُحَمَّد ()[]«»{}<> 12 a\u200d\u200c")),
                   max_size=40)
PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(text: str) -> str:
    """The characters the text layer holds for the line, in drawing order."""
    font = pdfmetrics.getFont(FONT)
    return "".join(font._meaning.get(ord(c), c) for c in font._visual_line(text))


def _oracle(text: str) -> str:
    """python-bidi's own visual order, with the line's direction as text_shaping takes it."""
    if not _RTL.search(text):
        return text
    base = "L" if any(unicodedata.bidirectional(c) == "L" for c in text) else "R"
    return str(get_display(text, base_dir=base))


@PROPS
@given(st.one_of(HEBREW_LATIN, ARABIC_LATIN))
def test_order_agrees_with_python_bidi(text):
    """Shaped runs, put in order run by run, give python-bidi's order character by character
    (joiners aside: they have no place of their own)."""
    register_fonts()
    text = clean(text)
    assert re.sub("[\u200c\u200d]", "", _read(text)) == re.sub("[\u200c\u200d]", "",
                                                              _oracle(text))


@PROPS
@given(st.one_of(ARABIC_LATIN, BRACKETS))
def test_text_layer_holds_every_character_once(text):
    """Ligatures, mirrored brackets and marks: each typed character is in the text layer once,
    nothing is added."""
    register_fonts()
    text = clean(text)
    assert Counter(_read(text)) == Counter(text)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([NAME, ARABIC, HEBREW, "😀", "🧒🏽", "中", "İı", "ĳ", " ",
                                 "(", ")", "12", "\u202e", "\u2067", "\u064e", "\u200d",
                                 "\n", "x"]), max_size=30).map("".join))
def test_any_mix_gives_a_sound_pdf(text):
    m = demo_melding(TODAY)
    m.people.client_name = m.concern = m.facts[0].what = text
    data = melding_pdf(m, DEMO_PROFILE, 1, TODAY)
    reader = PdfReader(io.BytesIO(data))
    out = "".join(page.extract_text() for page in reader.pages)
    assert not re.search("[\x00\ufffd\U000f0000-\U0010ffff]", out)


def test_line_breaks_in_text_with_accents_stay_line_breaks():
    """Found in the demo's documents: every line break of a non-ASCII text became '[?]'."""
    from app.demo import DEMO_PROFILE, demo_melding, demo_request
    from app.documents.base import clean
    from app.documents.registry import flow_pdf
    from tests.pdfcheck import pdf_text

    assert clean("Anouk: 12 maart\nRuben: cliënte\tzegt") == "Anouk: 12 maart\nRuben: cliënte\tzegt"
    for kind, make in (("melding", demo_melding), ("informatieverzoek", demo_request)):
        text = pdf_text(flow_pdf(kind, make(date(2026, 11, 29)), DEMO_PROFILE, 3,
                                 date(2026, 11, 29)))
        assert "[?]" not in text, kind
