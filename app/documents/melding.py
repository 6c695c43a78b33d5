"""The Melding PDF: confirmation of a report to Veilig Thuis or the Raad (handbook step 4).

Laid out as the receivers' forms for professionals: Melder, Betrokkenen, De melding,
Ondersteunend netwerk, Overige informatie. Everything in a melding is open to the parents and
to children over twelve; what the family may not read goes in a separate document
(`melding_withheld_pdf`), by agreement with the receiver, and is never mixed into the letter —
the letter only says, in one neutral sentence, that such a part exists.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.organisations import display_name
from app.documents.base import (
    Letter,
    build,
    grid_table,
    heading,
    labelled,
    notice_box,
    p,
    rows_table,
    signature,
    subheading,
)
from app.documents.betrokkenen import (
    betrokkenen_story,
    identification_rows,
    melder_story,
    network_story,
    table,
)
from app.flows.melding import currency_notice, decision_due
from app.flows.openness import openness_summary
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
    lines = [r.org_name or display_name(r.org_type)]
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


def melding_pdf(m: Melding, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    """The Melding document as PDF bytes."""
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
    )
    story: list[Flowable] = []
    notice = currency_notice(m, today)
    if notice:
        story += [Spacer(1, 2 * mm), notice_box(notice), Spacer(1, 1 * mm)]
    sections = _Sections()
    sections.add(story, _("Melder"), _melder(m, profile))
    sections.add(story, _("Betrokkenen"), betrokkenen_story(m, today))
    sections.add(story, _("De melding"), _the_melding(m, oral))
    sections.add(story, _("Ondersteunend netwerk"), network_story(m, today))
    sections.add(story, _("Overige informatie"), _other(m, case_id))
    story.append(signature(profile))
    return build(letter, story)


def _melder(m: Melding, profile: dict[str, Any]) -> list[Flowable]:
    story = melder_story(profile)
    if m.anonymous:
        story += rows_table([(_("Anoniem"), _("Ik wil anoniem blijven tegenover het gezin; "
                                              "zie ‘Overige informatie’."))],
                            label_width=34 * mm)
    return story


def _the_melding(m: Melding, oral: bool) -> list[Flowable]:
    """What the clinician reports: to whom and how, the facts, the limits, the concern, the
    client's position, currency and what the melder expects back."""
    r = m.receiver
    story: list[Flowable] = rows_table([(label, value) for label, value in (
        (_("Ontvanger"), display_name(r.org_type)),
        (_("Wijze"), _("Mondeling") if oral else _("Schriftelijk")),
        (_("Datum melding"), format_nl(r.date) if r.date else ""),
        (_("Gesproken met"), r.contact_person),
        (_("Mijn relatie tot cliënt en kinderen"), m.relation.strip()),
    ) if value])
    if m.content.strip():
        story += [Spacer(1, 2 * mm), p(m.content)]
    facts = [(f.when, f.what, _("eigen waarneming") if f.observed_by_clinician
              else _("bron: {s}", s=f.source)) for f in m.facts if f.what.strip()]
    if facts:
        story += [subheading(_("De feiten die tot de melding leidden")), grid_table(
            [_("Wanneer"), _("Wat"), _("Waargenomen door")], facts, [28 * mm, None, 42 * mm])]
    if m.limits.strip():
        story.append(labelled(_("Grenzen van deze melding"), m.limits))
    if m.concern.strip():
        story.append(labelled(_("Mijn zorg"), m.concern))
    position = [(label, text) for label, text in openness_summary(m.openness) if text.strip()]
    if position:
        story += [subheading(_("De positie van de cliënt")), *rows_table(position)]
    if m.last_contact:
        story += [subheading(_("Actualiteit")), p(_(
            "Laatste contact met de cliënt: {date}.", date=format_nl(m.last_contact)))]
    story += [subheading(_("Wat ik van u verwacht"))] + [p("• " + line)
                                                         for line in _expectations(m, oral)]
    if m.expectations.protect_meanwhile.strip():
        story.append(labelled(_("Afspraken tot nu toe"), m.expectations.protect_meanwhile))
    return story


def _expectations(m: Melding, oral: bool) -> list[str]:
    due = decision_due(m)
    expect = [
        _("Informatie over uw werkwijze en over de termijn waarbinnen het onderzoek naar "
          "verwachting wordt afgerond."),
        _("Uiterlijk {date} bericht of de melding wordt onderzocht, en na afronding de "
          "uitkomsten.", date=format_nl(due) if due else "…"),
    ]
    if oral:
        expect.insert(1, _("Een schriftelijke of digitale weergave van mijn mondelinge melding, "
                           "zodat ik die zo nodig kan aanvullen of verbeteren."))
    expect.append(_("Overleg over wat ik binnen mijn behandeling kan doen om de kinderen te "
                    "beschermen, of, als u de melding niet onderzoekt, wanneer opnieuw melden "
                    "aan de orde is."))
    return expect


def _other(m: Melding, case_id: int) -> list[Flowable]:
    """The advice consultation, the anonymity request, the enclosures, and — only as a
    pointer, never its content — the separate part that is not for the family."""
    story: list[Flowable] = []
    a = m.advice
    if a.consulted:
        rows = [(label, value) for label, value in (
            (_("Datum"), format_nl(a.date) if a.date else ""),
            (_("Met"), a.with_whom.strip()),
            (_("Advies"), a.advice.strip()),
        ) if value]
        story.append(KeepTogether([h3(_("Adviesgesprek vooraf")),
                                   *rows_table(rows, label_width=32 * mm)]))
    if m.anonymous:
        block: list[Flowable] = [h3(_("Verzoek om anonimiteit")), p(_(
            "Ik vraag u mijn naam en mijn gegevens als melder niet aan het gezin bekend te "
            "maken."))]
        if m.anonymous_reason.strip():
            block += rows_table([(_("Reden"), m.anonymous_reason.strip())],
                                label_width=32 * mm)
        story.append(KeepTogether(block))
    enclosed = table([_("Bijlage"), _("Datum van het stuk")],
                     [[x.description.strip(), format_nl(x.date) if x.date else ""]
                      for x in m.attachments], [None, 45 * mm])
    if enclosed:
        story.append(KeepTogether([h3(_("Bijlagen")), *enclosed]))
    # The separate part is not mentioned here: the family reads this letter, and "there is a
    # part you may not read" is itself a lead to its source. That part names this letter.
    return story


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
    )
    story: list[Flowable] = [Spacer(1, 2 * mm), notice_box(_(
        "Niet voor het gezin. Dit deel is niet bestemd voor inzage door de ouders, de kinderen "
        "of anderen uit het gezin. Bewaar het apart van de melding en neem de inhoud niet op "
        "in stukken die het gezin kan inzien.")), Spacer(1, 1 * mm)]
    story.append(heading(_("Betreft")))
    story += rows_table(identification_rows(m, today) + [
        (_("Melding"), _("kenmerk {ref}", ref=reference(case_id, m)))])
    story.append(heading(_("Wat u moet weten")))
    story += [p(part) for part in w.text.split("\n") if part.strip()]
    if w.reason.strip():
        story.append(labelled(_("Waarom het gezin dit niet mag lezen"), w.reason.strip()))
    named = network_story(m, today, apart=True)
    if named:
        story += [heading(_("Wie hier genoemd wordt")), p(_(
            "Deze personen staan niet in de melding zelf, omdat het gezin die leest en hen "
            "dan als bron zou kunnen herkennen."), "small"), *named]
    if w.agreed is True:
        agreed = _("Ja, afgesproken dat dit deel apart wordt gegeven.")
    elif w.agreed is False:
        agreed = _("Nee, nog niet afgesproken. Ik vraag u dit deel apart te houden van wat het "
                   "gezin kan inzien.")
    else:
        agreed = _("Niet vastgelegd.")
    rows = [(_("Afgesproken"), agreed)]
    if w.agreed_note.strip():
        rows.append((_("Met wie en wanneer"), w.agreed_note.strip()))
    story += [heading(_("Afspraak met de ontvanger")), *rows_table(rows)]
    story.append(signature(profile))
    return build(letter, story)
