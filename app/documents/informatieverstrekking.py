"""The Informatieverstrekking PDF: the clinician's answer to a request (handbook steps 5, 6)."""

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
)
from app.documents.betrokkenen import identification_rows
from app.flows.informatieverzoek import currency_notice, gi_duty_text, is_gi_under_ots
from app.flows.openness import openness_summary
from app.model import CHANNEL_ORAL, Informatieverzoek


def reference(case_id: int, v: Informatieverzoek) -> str:
    stamp = v.answered_on.replace("-", "") if v.answered_on else "concept"
    return f"DW-{case_id:05d}-{stamp}"


def informatieverstrekking_pdf(v: Informatieverzoek, profile: dict[str, Any], case_id: int,
                               today: date) -> bytes:
    """The answer to the request as PDF bytes."""
    r = v.request
    recipient = [r.org_name or display_name(r.org_type)]
    if r.name:
        recipient.append(_("t.a.v. {name}", name=", ".join(x for x in (r.name, r.function)
                                                           if x)))
    recipient += [line for line in r.address.splitlines() if line.strip()]
    oral = r.channel == CHANNEL_ORAL
    letter = Letter(
        kind=_("Informatieverstrekking"),
        title=_("Informatieverstrekking als informant"),
        profile=profile,
        recipient_lines=recipient,
        reference=reference(case_id, v),
        their_reference=r.reference,
        date=today,
        subject_note=_("Antwoord op uw verzoek van {date}.", date=format_nl(r.received_on)) + (
            " " + _("Schriftelijke vastlegging van de mondeling gegeven informatie.")
            if oral else ""),
    )
    story: list[Flowable] = []
    notice = currency_notice(v, today)
    if notice:
        story += [Spacer(1, 2 * mm), notice_box(notice), Spacer(1, 3 * mm)]

    # Whom the answer is about, as the requester named them: enough to match their file.
    story.append(heading(_("Betreft")))
    story += rows_table(identification_rows(v, today) + (
        [(_("Mijn relatie"), v.relation)] if v.relation.strip() else []))

    story.append(heading(_("Uw verzoek")))
    story += rows_table([
        (_("Aanvrager"), ", ".join(x for x in (r.name, r.function, r.org_name) if x)),
        (_("Deskundigheid"), r.expertise),
        (_("Waarom nodig"), r.why),
        (_("Soort informatie"), r.info_type),
        (_("Termijn"), format_nl(r.term) if r.term else ""),
    ])
    if is_gi_under_ots(v):
        story += [Spacer(1, 2 * mm), p(gi_duty_text(), "small")]
    if v.content.strip():
        story += [Spacer(1, 2 * mm), p(v.content)]

    story.append(heading(_("De positie van de cliënt")))
    story += rows_table(openness_summary(v.openness))

    story.append(heading(_("Vragen en antwoorden")))
    for number, qa in enumerate((q for q in v.questions if q.question.strip()), start=1):
        block: list[Flowable] = [p(_("Vraag {n}: {q}", n=number, q=qa.question.strip()),
                                   "label")]
        if qa.answer.strip():
            block.append(p(qa.answer))
        facts = [f for f in qa.facts if f.what.strip()]
        if facts:
            block += [Spacer(1, 1.5 * mm), grid_table(
                [_("Wanneer"), _("Feit, gedrag of symptoom"), _("Waargenomen door")],
                [(f.when, f.what, _("mijzelf") if f.observed_by_clinician
                  else _("bron: {s}", s=f.source)) for f in facts],
                [28 * mm, None, 42 * mm])]
        story.append(KeepTogether(block))
        if qa.disorder_effect.strip():
            story.append(labelled(_("Mogelijke invloed van de stoornis op het gedrag (6.4)"),
                                  qa.disorder_effect))
        story.append(Spacer(1, 3 * mm))

    story.append(heading(_("Volledigheid (6.2)")))
    story.append(labelled(_("Feiten die de zorg bevestigen"), v.confirming))
    story.append(labelled(_("Feiten die de zorg ontkrachten"), v.contradicting))

    story.append(heading(_("Actualiteit")))
    story.append(p(_("Laatste contact met de cliënt: {date}.", date=format_nl(v.last_contact))))
    story.append(Spacer(1, 3 * mm))
    story.append(p(_("Het oordeel over de geschiktheid van de ouder(s) om de kinderen op te "
                     "voeden en over de noodzaak van een kinderbeschermingsmaatregel laat ik aan "
                     "u (handleiding 6.4).")))
    if oral:
        story.append(p(_("Graag ontvang ik de schriftelijke of digitale weergave van deze "
                         "informatie, zodat ik die zo nodig kan aanvullen of verbeteren (5.6).")))
    story.append(signature(profile))
    return build(letter, story)
