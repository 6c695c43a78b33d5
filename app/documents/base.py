"""What every Deelwijzer document shares: A4, letterhead, 'Vertrouwelijk', page x of y.

Built in memory; the caller decides where the bytes go. Fonts are embedded TrueType
(DejaVu Sans) so that ë, é and ’ come out right in every viewer.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.resources import read_bytes
from app.documents.layout import bind, hyphenated
from app.documents.text_shaping import ShapingTTFont, printable

FONT = "DeelwijzerSans"
FONT_BOLD = "DeelwijzerSans-Bold"
FONT_ITALIC = "DeelwijzerSans-Oblique"
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")
MARK = colors.HexColor("#a61b1b")


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans from resources (once per process)."""
    for name, file in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf"),
                       (FONT_ITALIC, "DejaVuSans-Oblique.ttf")):
        pdfmetrics.registerFont(ShapingTTFont(name, read_bytes("fonts", file)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text that reportlab can typeset: no control characters, no lone surrogates, NFC, and
    what the fonts cannot show marked (text_shaping)."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    register_fonts()
    return printable(text.replace("\r\n", "\n").replace("\r", "\n"), FONT, FONT_BOLD)


_UNBREAKABLE = re.compile(r"(\S{60})(?=\S)")


def para_markup(text: str) -> str:
    """User text as Paragraph markup: escaped, line breaks kept.

    A run of 60 or more characters without a space (a pasted link, or garbage) gets a break
    opportunity every 60 characters; unbroken, it cannot be wrapped and typesetting it grows
    quadratically with its length.
    """
    return escape(_UNBREAKABLE.sub(r"\1 ", clean(text))).replace("\n", "<br/>")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=9.5),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=15,
                                leading=19, textColor=ACCENT, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                             textColor=ACCENT, spaceBefore=5 * mm, spaceAfter=1.5 * mm),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=13,
                             textColor=ACCENT, spaceBefore=3 * mm, spaceAfter=1 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=12),
        "cell_label": ParagraphStyle("cell_label", parent=base, fontName=FONT_BOLD, fontSize=9,
                                     leading=12),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, fontSize=9,
                                leading=12),
        "notice": ParagraphStyle("notice", parent=base, fontName=FONT_BOLD, textColor=MARK),
        "subject": ParagraphStyle("subject", parent=base, fontName=FONT_BOLD, fontSize=10.5,
                                  leading=14),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm,
                                 bulletFontName=FONT, spaceAfter=1 * mm),
        "text": ParagraphStyle("text", parent=base, spaceAfter=2 * mm),  # a letter's prose
    }


def p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(para_markup(text), styles()[style])


def cell(text: str, style: str, width: float | None) -> Paragraph:
    """A paragraph for a table column `width` points wide: a word too wide for it breaks at a
    Dutch hyphenation point, with a hyphen (None: a wide column, nothing to do)."""
    return hyphenated(para_markup, text, styles()[style], width)


def rich(markup: str, style: str = "text") -> Paragraph:
    """A paragraph of composed markup. Every piece of user text in it must have gone through
    `para_markup` (see `app/documents/prose.py`)."""
    return Paragraph(markup, styles()[style])


def bullet(markup: str) -> Paragraph:
    """One item of a readable list (the facts with their sources, what the melder expects)."""
    return Paragraph(markup, styles()["bullet"], bulletText="•")


@dataclass
class Letter:
    """The frame of a document: who sends it, to whom, about what."""

    kind: str  # for metadata ("Melding"); never the client's name
    title: str
    profile: dict[str, Any]
    recipient_lines: list[str] = field(default_factory=list)
    reference: str = ""
    their_reference: str = ""
    date: date | None = None
    subject_note: str = ""
    mark: str = ""  # a second marking on every page, under 'Vertrouwelijk' and in the footer
    # A letter opens with 'Betreft: <title>' and this salutation; a record (the overleg, the
    # dossierverslag) has none and shows its title as a heading.
    salutation: str = ""
    notice: str = ""  # a warning the reader must see first (the currency notice), boxed


def _letterhead(profile: dict[str, Any]) -> list[str]:
    lines = [profile.get("practice", ""), profile.get("address", ""),
             " · ".join(x for x in (profile.get("phone", ""), profile.get("email", "")) if x)]
    return [clean(x) for x in lines if x]


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws 'pagina x van y' once the total is known."""

    def __init__(self, *args: Any, letter: Letter, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._letter = letter
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = A4
        self.saveState()
        # Letterhead on every page: a loose page must still say whose it is.
        self.setFillColor(ACCENT)
        self.setFont(FONT_BOLD, 11)
        head = _letterhead(self._letter.profile)
        y = height - 16 * mm
        if head:
            self.drawString(20 * mm, y, head[0])
            self.setFont(FONT, 8.5)
            self.setFillColor(MUTED)
            for line in head[1:]:
                y -= 4 * mm
                self.drawString(20 * mm, y, line)
        self.setFillColor(MARK)
        self.setFont(FONT_BOLD, 10)
        self.drawRightString(width - 20 * mm, height - 16 * mm, _("VERTROUWELIJK"))
        if self._letter.mark:
            self.drawRightString(width - 20 * mm, height - 21 * mm,
                                 clean(self._letter.mark.upper()))
        self.setStrokeColor(ACCENT)
        self.setLineWidth(0.6)
        self.line(20 * mm, height - 30 * mm, width - 20 * mm, height - 30 * mm)
        # Footer.
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        self.line(20 * mm, 17 * mm, width - 20 * mm, 17 * mm)
        footer = _("Vertrouwelijk — {kind} — kenmerk {ref}", kind=self._letter.kind,
                   ref=self._letter.reference or "–")
        if self._letter.mark:
            self.setFillColor(MARK)
            footer = f"{self._letter.mark} — {footer}"
        self.drawString(20 * mm, 12 * mm, clean(footer))
        self.setFillColor(MUTED)
        self.drawRightString(width - 20 * mm, 12 * mm,
                             _("pagina {page} van {total}",
                               page=self._pageNumber,  # type: ignore[attr-defined]
                               total=total))
        self.restoreState()


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    # Tables set their own cell font (Helvetica by default), even around Paragraphs; that
    # would add an unembedded font to the file.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


class _Heading(Paragraph):
    """A section heading. In a story `build` keeps it with the start of what follows it (the
    first row of a table, the first lines of a text: `layout.WithNext`); on its own it starts
    a new page when less than ~3 cm remains below it.
    """

    room_below = 30 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if avail_height < height + self.room_below:
            return width, avail_height + 1  # too little room here: ask to be split …
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # … and refuse, so the frame moves the heading to the next page

    def plain(self) -> Paragraph:
        """The same heading without its own rule: `layout.bind` keeps it with what follows."""
        return Paragraph(self.text, self.style)


def heading(text: str) -> Paragraph:
    return _Heading(para_markup(text), styles()["h2"])


class _Subheading(_Heading):
    room_below = 18 * mm


def subheading(text: str) -> Paragraph:
    """A heading within a section (Cliënt, Kinderen, …); moves on like `heading`, with a
    little less room asked below it. Not inside a KeepTogether (which measures it without
    that rule and then cannot place it): there, use `p(text, "h3")`."""
    return _Subheading(para_markup(text), styles()["h3"])


def pairs_table(left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]],
                label_width: float = 34 * mm) -> list[Flowable]:
    """Short label/value rows side by side in two columns (name and function left, address
    and phone right): half the height of one long list. Empty values are left out."""
    left = [r for r in left if r[1].strip()]
    right = [r for r in right if r[1].strip()]
    if not (left or right):
        return []
    if not (left and right) or any(len(text) > SHORT_CELL for _label, text in left + right):
        return rows_table(left + right, label_width)  # one column; long values below labels
    # The left values (a name, a function) are short; an address on the right gets the room.
    right_label = 20 * mm
    left_value = 46 * mm
    data = []
    for i in range(max(len(left), len(right))):
        row: list[Any] = []
        for side, width, value_width in ((left, label_width, left_value),
                                         (right, right_label, None)):
            label, text = side[i] if i < len(side) else ("", "")
            row += [cell(label, "label", width), cell(text, "body", value_width)]
        data.append(row)
    table = Table(data, colWidths=[label_width, left_value, right_label, None],
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [table]


def labelled(label: str, text: str) -> Flowable:
    """A bold label and its text; kept on one page unless the text is long."""
    if len(text) > LONG_CELL:
        return KeepTogether([Spacer(1, 2 * mm), _keep_with_next(p(label, "label"))] + [
            p(part) for part in text.split("\n") if part.strip()])
    return KeepTogether([Spacer(1, 2 * mm), p(label, "label"), p(text)])


LONG_CELL = 2500  # characters; longer values are laid out below their label, not in a cell
SHORT_CELL = 400  # characters; a longer value does not go side by side (`pairs_table`)


def rows_table(rows: Sequence[tuple[str, str]], label_width: float = 45 * mm) -> list[Flowable]:
    """Label/value rows, for facts like 'Toestemming: geweigerd'.

    Short values go in a two-column table; a long one is set as a label with paragraphs under
    it, which flow over pages cheaply (a cell is re-wrapped at every page it is split over).
    """
    out: list[Flowable] = []
    batch: list[list[Paragraph]] = []

    def flush() -> None:
        if batch:
            table = Table(list(batch), colWidths=[label_width, None], hAlign="LEFT",
                          splitInRow=1)
            table.setStyle(_table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            out.append(table)
            batch.clear()

    for label, text in rows:
        if len(text) > LONG_CELL:
            flush()
            out.append(Spacer(1, 1 * mm))
            out.append(_keep_with_next(p(label, "label")))
            out += [p(part) for part in text.split("\n") if part.strip()]
        else:
            batch.append([cell(label, "label", label_width), p(text)])
    flush()
    return out


def _keep_with_next(para: Paragraph) -> Paragraph:
    para.keepWithNext = True
    return para


def grid_table(header: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float | None], compact: bool = False) -> Table:
    """A table with a header row; `compact` sets it a size smaller (many narrow columns)."""
    head, body = ("cell_label", "cell") if compact else ("label", "body")
    data = [[cell(h, head, w) for h, w in zip(header, widths, strict=False)]] + [
        [cell(c, body, w) for c, w in zip(r, widths, strict=False)] for r in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def notice_box(text: str) -> Table:
    table = Table([[p(text, "notice")]], colWidths=[None], hAlign="LEFT", splitInRow=1)
    table.setStyle(_table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, MARK),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeee")),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _address_block(letter: Letter) -> Table:
    left = [p(line) for line in letter.recipient_lines] or [p("")]
    right_rows = [
        (_("Datum"), format_nl(letter.date) if letter.date else ""),
        (_("Ons kenmerk"), letter.reference),
        (_("Uw kenmerk"), letter.their_reference),
    ]
    right = [p(f"{k}: {v}", "right") for k, v in right_rows if v]
    table = Table([[left, right]], colWidths=[95 * mm, None], hAlign="LEFT")
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def signature(profile: dict[str, Any]) -> KeepTogether:
    """'Met vriendelijke groet,' and who signs; `build` keeps it with the last paragraph."""
    return KeepTogether(signature_flowables(profile))


def signature_flowables(profile: dict[str, Any]) -> list[Flowable]:
    lines = [profile.get("name", "")]
    role = ", ".join(x for x in (profile.get("discipline", ""),
                                  _("BIG {n}", n=profile["big"]) if profile.get("big") else "")
                     if x)
    # Phone and e-mail are in the letterhead and in 'Voor vragen…': not a third time here.
    lines += [role, profile.get("practice", "")]
    return [Spacer(1, 6 * mm), p(_("Met vriendelijke groet,")), Spacer(1, 8 * mm)] + [
        p(x) for x in lines if x]


def recorded_by(profile: dict[str, Any], day: date) -> Paragraph:
    """The last line of a record (not a letter): who recorded it, and when."""
    who = ", ".join(str(profile.get(k, "") or "").strip() for k in ("name", "discipline")
                    if str(profile.get(k, "") or "").strip())
    return p(_("Vastgelegd door {who} op {date}.", who=who or "…", date=format_nl(day)),
             "small")


def build(letter: Letter, story: list[Flowable]) -> bytes:
    """Typeset the story in the letter's frame; return the PDF bytes."""
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=36 * mm,
        bottomMargin=24 * mm, title=clean(letter.kind), author=clean(letter.profile.get(
            "practice", "")), subject="", creator="Deelwijzer", producer="Deelwijzer",
        # reportlab takes a string for keywords; its stubs say list.
        keywords="",  # type: ignore[arg-type]
        lang="nl-NL", initialFontName=FONT, initialFontSize=10,
    )
    head: list[Flowable] = [_address_block(letter), Spacer(1, 8 * mm)]
    if letter.salutation:  # a letter: 'Betreft', then the salutation
        head.append(p(_("Betreft: {subject}", subject=letter.title), "subject"))
    else:
        head.append(p(letter.title, "title"))
    if letter.subject_note:
        head.append(p(letter.subject_note, "small"))
    if letter.notice:
        head += [Spacer(1, 3 * mm), notice_box(letter.notice)]
    if letter.salutation:
        head += [Spacer(1, 5 * mm), p(letter.salutation)]
    doc.build(head + bind(story),
              canvasmaker=lambda *a, **k: _NumberedCanvas(*a, letter=letter, **k))
    return buf.getvalue()
