"""The Melding PDF: confirmation of a report to Veilig Thuis or the Raad (handbook step 4).

Laid out as the receivers' forms for professionals: Melder, Betrokkenen, De melding,
Ondersteunend netwerk, Overige informatie. Everything in a melding is open to the parents and
to children over twelve; what the family may not read goes in a separate document
(`melding_withheld_pdf`), by agreement with the receiver, and is never mixed into the letter,
which does not mention it (that there is a part the family may not read would itself point to
its source).

The letter opens with 'Betreft' and a salutation from the recorded contact person, and ends
with where to reach the melder and the signature; section 3 says in sentences what the record
holds (`app/documents/prose.py`).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.organisations import current_name
from app.content.trace import serves
from app.documents.base import (
    Letter,
    build,
    bullet,
    heading,
    notice_box,
    p,
    para_markup,
    rich,
    rows_table,
    subheading,
)
from app.documents.betrokkenen import (
    betrokkenen_story,
    identification_rows,
    melder_story,
    network_story,
    table,
)
from app.documents.prose import (
    MELDING,
    after_colon,
    client_contact,
    client_words,
    closing,
    fact_markup,
    relation_lead,
    run_in,
    salutation,
    sentence,
)
from app.flows.melding import currency_notice, decision_due
from app.model import CHANNEL_ORAL, Melding

APART_SUFFIX = "A"  # the separate part's reference: the letter's, plus this


def reference(case_id: int, m: Melding) -> str:
    """Our reference: case number and melding date; no client data."""
    stamp = m.receiver.date.replace("-", "") if m.receiver.date else "concept"
    return f"DW-{case_id:05d}-{stamp}"


def apart_reference(case_id: int, m: Melding) -> str:
    """The reference of the part that is not for the family."""
    return f"{reference(case_id, m)}-{APART_SUFFIX}"


def has_withheld(m: Melding) -> bool:
    """Whether the melding has a part the family may not read."""
    return bool(m.withheld.text.strip())


def _recipient(m: Melding) -> list[str]:
    r = m.receiver
    lines = [r.org_name or current_name(r.org_type)]
    if r.contact_person:
        lines.append(_("t.a.v. {person}", person=r.contact_person))
    return lines + [line for line in r.address.splitlines() if line.strip()]


def h3(text: str) -> Flowable:
    """A sub-heading inside a KeepTogether block (`subheading` moves itself on, which a
    block that thinks it fits cannot follow)."""
    return p(text, "h3")


class _Sections:
    """Numbered section headings ('2. Betrokkenen'), so that a phone call can point at one;
    an empty section is left out and takes no number."""

    def __init__(self) -> None:
        self.number = 0

    def add(self, story: list[Flowable], title: str, body: list[Flowable]) -> None:
        if body:
            self.number += 1
            story += [heading(f"{self.number}. {title}"), *body]


@serves("fn3", "2.2")
def melding_pdf(m: Melding, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    """The Melding document as PDF bytes: a letter (Betreft, salutation, closing) laid out in
    the sections of the receivers' forms."""
    r = m.receiver
    oral = r.channel == CHANNEL_ORAL
    letter = Letter(
        kind=_("Melding"),
        title=_("Melding van een vermoeden van kindermishandeling"),
        profile=profile,
        recipient_lines=_recipient(m),
        reference=reference(case_id, m),
        their_reference=r.reference,
        date=today,
        subject_note=_("Schriftelijke bevestiging van de mondelinge melding van {date}.",
                       date=format_nl(r.date)) if oral and r.date else "",
        salutation=salutation(r.contact_person),
        notice=currency_notice(m, today),
    )
    story: list[Flowable] = [Spacer(1, 2 * mm), p(_opening(m, oral), "text")]
    sections = _Sections()
    sections.add(story, _("Melder"), _melder(m, profile))
    sections.add(story, _("Betrokkenen"), betrokkenen_story(m, today))
    sections.add(story, _("De melding"), _the_melding(m, oral, today))
    sections.add(story, _("Ondersteunend netwerk"), network_story(m, today))
    sections.add(story, _("Overige informatie"), _other(m, case_id))
    story.append(closing(profile))
    return build(letter, story)


def _opening(m: Melding, oral: bool) -> str:
    """The letter's first paragraph: what it is. Who it is about follows, in the clinician's
    words and under Betrokkenen."""
    if not oral:
        return _("Hierbij meld ik een vermoeden van kindermishandeling.")
    when = _("Op {date} deed ik", date=format_nl(m.receiver.date)) if m.receiver.date \
        else _("Ik deed")
    return _("{when} bij u mondeling een melding van een vermoeden van kindermishandeling. "
             "Met deze brief bevestig ik die melding schriftelijk.", when=when)


@serves("7.instelling.4", "fn1", "7.vb.3")
def _melder(m: Melding, profile: dict[str, Any]) -> list[Flowable]:
    story = melder_story(profile)
    if m.relation.strip():
        story += [Spacer(1, 1 * mm), rich(run_in(relation_lead(m.client_role), m.relation))]
    if m.anonymous:
        story.append(p(_("Ik wil anoniem blijven tegenover het gezin; zie ‘Overige "
                         "informatie’.")))
    return story


@serves("4.melder.1", "4.melder.2", "6.1", "7.instelling.1", "7.instelling.3")
def _the_melding(m: Melding, oral: bool, today: date) -> list[Flowable]:
    """Section 3 as a letter (4.melder.1–2): the melding in the clinician's words, the facts
    with their sources, the limits and the concern, what the client knows and why it went
    ahead, and what the melder expects back."""
    story: list[Flowable] = [p(part, "text") for part in m.content.split("\n") if part.strip()]
    facts = [f for f in m.facts if f.what.strip()]
    if facts:
        story += [subheading(_("De feiten die tot de melding leidden")),
                  *[bullet(fact_markup(f, _("eigen waarneming"))) for f in facts]]
    if m.limits.strip():
        story.append(rich(run_in(_("Grenzen van mijn waarneming."), m.limits)))
    if m.concern.strip():
        story.append(rich(run_in(_("Mijn zorg."), m.concern)))
    told = client_contact(m, MELDING)
    if told:
        story += [subheading(_(
            "Contact met {client} over de melding",
            client=client_words(m.client_role).definite)),
                  *[rich(x) for x in told]]
    story += [subheading(_("Vervolg")), *_expectations(m, oral, today)]
    return story


@serves("4.ontvanger.1", "4.ontvanger.2", "4.ontvanger.3", "4.ontvanger.4", "4.ontvanger.4.a",
        "4.ontvanger.4.b")
def _expectations(m: Melding, oral: bool, today: date) -> list[Flowable]:
    """4.ontvanger.1–4, as the melder asks for it; what was already told is confirmed, not
    asked again."""
    e = m.expectations
    story: list[Flowable] = []
    if e.procedure_explained:
        story.append(rich(" ".join(x for x in (escape(_(
            "Bij de melding hebt u mij uw werkwijze en de termijn van het onderzoek "
            "uitgelegd{colon}", colon=":" if e.procedure_note.strip() else ".")),
            after_colon(e.procedure_note, m) if e.procedure_note.strip() else "") if x)))
    expect = [] if e.procedure_explained else [_(
        "Informatie over uw werkwijze en over de termijn waarbinnen het onderzoek naar "
        "verwachting wordt afgerond.")]
    if oral:
        expect.append(_("Een schriftelijke of digitale weergave van mijn mondelinge melding, "
                        "zodat ik die zo nodig kan aanvullen of verbeteren."))
    due = decision_due(m)
    if due is not None and due >= today:
        expect.append(_("Uiterlijk {date} bericht of u de melding onderzoekt, en na afronding "
                        "de uitkomsten.", date=format_nl(due)))
    else:
        expect.append(_("Bericht of u de melding onderzoekt, en na afronding de "
                        "uitkomsten."))
    again = e.report_again_when.strip()
    expect.append(_("Overleg over wat ik binnen mijn behandeling kan doen om de kinderen te "
                    "beschermen.") if again else _(
        "Overleg over wat ik binnen mijn behandeling kan doen om de kinderen te beschermen, "
        "of, als u de melding niet onderzoekt, wanneer opnieuw melden aan de orde is."))
    story.append(p(_("Graag ontvang ik van u:")))
    story += [bullet(escape(x)) for x in expect]
    if again:
        # Said as what the melder will do, not as a condition put to the receiver.
        story.append(rich(escape(_("Besluit u de melding niet te onderzoeken, dan neem ik "
                                   "opnieuw contact met u op")) + " "
                          + para_markup(sentence(_again_clause(again)))))
    if e.protect_meanwhile.strip():
        story.append(rich(run_in(_("Wat ik intussen doe."), e.protect_meanwhile)))
    return story


def _again_clause(text: str) -> str:
    """'er nieuw letsel is' → 'als er nieuw letsel is'; 'bij nieuw letsel' stays, and 'Als
    het geweld …' goes on mid-sentence as 'als het geweld …'."""
    first = text.split(maxsplit=1)[0].casefold() if text.split() else ""
    if first in ("als", "wanneer", "bij", "zodra", "indien", "zo"):
        return text[:1].lower() + text[1:]
    return _("als {text}", text=text)


@serves("7.vb.3")
def _other(m: Melding, case_id: int) -> list[Flowable]:
    """The advice consultation, the anonymity request, the enclosures, and — only as a
    pointer, never its content — the separate part that is not for the family."""
    story: list[Flowable] = []
    a = m.advice
    if a.consulted:
        asked = _("Op {date} vroeg ik advies aan", date=format_nl(a.date)) if a.date else _(
            "Vooraf vroeg ik advies aan")
        text = escape(asked) + " " + para_markup(sentence(a.with_whom or _("Veilig Thuis")))
        if a.advice.strip():  # as the clinician wrote it, a sentence of its own
            text += " " + para_markup(sentence(a.advice))
        story.append(KeepTogether([h3(_("Adviesgesprek vooraf")), rich(text)]))
    if m.anonymous:
        block: list[Flowable] = [h3(_("Verzoek om anonimiteit")), p(_(
            "Ik vraag u mijn naam en mijn gegevens als melder niet aan het gezin bekend te "
            "maken."))]
        if m.anonymous_reason.strip():
            block.append(rich(run_in(_("Reden."), m.anonymous_reason)))
        story.append(KeepTogether(block))
    enclosed = table([_("Bijlage"), _("Datum van het stuk")],
                     [[x.description.strip(), format_nl(x.date) if x.date else ""]
                      for x in m.attachments], [None, 45 * mm])
    if enclosed:
        story.append(KeepTogether([h3(_("Bijlagen")), *enclosed]))
    # The separate part is not mentioned here: the family reads this letter, and "there is a
    # part you may not read" is itself a lead to its source. That part names this letter.
    return story


def _agreement(w: Any) -> str:
    """Whether the receiver agreed to keep this part apart, as one sentence with the
    clinician's note of with whom and when."""
    note = w.agreed_note.strip()
    if w.agreed is True:
        return escape(_("Zoals met u afgesproken geef ik dit deel apart.")) + (
            " " + para_markup(sentence(note)) if note else "")
    if w.agreed is False:
        text = escape(_("Dit is nog niet met u afgesproken. Ik vraag u dit deel apart te houden "
                        "van wat het gezin kan inzien."))
        return text + (" " + para_markup(sentence(note)) if note else "")
    return escape(_("Ik vraag u dit deel apart te houden van wat het gezin kan inzien.")) + (
        " " + para_markup(sentence(note)) if note else "")


@serves("7.vb.2", "7.vb.3")
def melding_withheld_pdf(m: Melding, profile: dict[str, Any], case_id: int,
                         today: date) -> bytes | None:
    """The part of the melding that the family may not read, as its own PDF; None when there
    is none. Marked on every page; it names the client and the children only so that the
    receiver can put it with the right melding."""
    if not has_withheld(m):
        return None
    w = m.withheld
    mark = _("Niet voor het gezin")
    letter = Letter(
        kind=_("Melding, apart deel"),
        title=_("Melding: apart deel, niet voor het gezin"),
        profile=profile,
        recipient_lines=_recipient(m),
        reference=apart_reference(case_id, m),
        their_reference=m.receiver.reference,
        date=today,
        subject_note=_("Hoort bij de melding met kenmerk {ref}{day}.", ref=reference(case_id, m),
                       day=_(" van {date}", date=format_nl(m.receiver.date))
                       if m.receiver.date else ""),
        mark=mark,
        salutation=salutation(m.receiver.contact_person),
    )
    story: list[Flowable] = [Spacer(1, 2 * mm), notice_box(_(
        "Niet voor het gezin. Dit deel is niet bestemd voor inzage door de ouders, de kinderen "
        "of anderen uit het gezin. Bewaar het apart van de melding en neem de inhoud niet op "
        "in stukken die het gezin kan inzien.")), Spacer(1, 1 * mm)]
    story.append(heading(_("Over wie het gaat")))
    story += rows_table(identification_rows(m, today))
    story.append(heading(_("Wat u moet weten")))
    story += [p(part) for part in w.text.split("\n") if part.strip()]
    if w.reason.strip():
        story.append(rich(run_in(_("Waarom het gezin dit niet mag lezen."), w.reason)))
    story.append(rich(_agreement(w)))
    named = network_story(m, today, apart=True)
    if named:
        story += [heading(_("Wie hier genoemd wordt")), p(_(
            "Deze personen staan niet in de melding zelf, omdat het gezin die leest en hen "
            "dan als bron zou kunnen herkennen."), "small"), *named]
    story.append(closing(profile))
    return build(letter, story)
