"""The Informatieverstrekking PDF: the clinician's answer to a request, as a letter to the
requester (handbook steps 5 and 6): whom it is about, the questions and their answers with the
facts and their sources, both what confirms and what contradicts the concern, what the client
knows, and the judgement left to the requester."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.organisations import current_name, law_notes
from app.content.trace import serves
from app.documents.base import (
    Letter,
    build,
    bullet,
    heading,
    p,
    rich,
    rows_table,
)
from app.documents.betrokkenen import identification_rows
from app.documents.prose import (
    VERSTREKKING,
    after_colon,
    client_contact,
    client_words,
    closing,
    fact_markup,
    relation_lead,
    run_in,
    salutation,
)
from app.flows.informatieverzoek import currency_notice, is_gi_under_ots
from app.model import CHANNEL_ORAL, Informatieverzoek


def reference(case_id: int, v: Informatieverzoek) -> str:
    stamp = v.answered_on.replace("-", "") if v.answered_on else "concept"
    return f"DW-{case_id:05d}-{stamp}"


@serves("5.1", "5.2", "5.3", "5.4", "6.1", "6.2", "6.3", "6.4", "2.2", "7.instelling.1",
        "7.instelling.4", "fn4")
def informatieverstrekking_pdf(v: Informatieverzoek, profile: dict[str, Any], case_id: int,
                               today: date) -> bytes:
    """The answer to the request as PDF bytes."""
    r = v.request
    recipient = [r.org_name or current_name(r.org_type)]
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
        salutation=salutation(r.name),
        notice=currency_notice(v, today),
    )
    story: list[Flowable] = [Spacer(1, 2 * mm), rich(_opening(v))]
    if is_gi_under_ots(v):
        note = law_notes()["law.gi_informatieplicht"]
        story.append(p(_("U vraagt deze informatie tijdens een ondertoezichtstelling. Ik geef "
                         "haar op grond van de informatieplicht ({article}).",
                         article=note.article)))
    story += [p(part, "text") for part in v.content.split("\n") if part.strip()]

    # Whom the answer is about, as the requester named them: enough to match their file.
    story.append(heading(_("Over wie het gaat")))
    story += rows_table(identification_rows(v, today))
    if v.relation.strip():
        story += [Spacer(1, 1 * mm), rich(run_in(relation_lead(v.client_role),
                                                 v.relation))]

    story.append(heading(_("Uw vragen en mijn antwoorden")))
    for number, qa in enumerate((q for q in v.questions if q.question.strip()), start=1):
        block: list[Flowable] = [p(_("Vraag {n}: {q}", n=number, q=qa.question.strip()),
                                   "label")]
        block += [p(part) for part in qa.answer.split("\n") if part.strip()]
        block += [bullet(fact_markup(f, _("waargenomen door mijzelf")))
                  for f in qa.facts if f.what.strip()]
        if qa.disorder_effect.strip():
            block.append(rich(run_in(_("Wat de stoornis in het algemeen kan betekenen "
                                       "voor het gedrag tegenover de kinderen."),
                                     qa.disorder_effect)))
        story += [KeepTogether(block), Spacer(1, 2 * mm)]

    if v.confirming.strip() or v.contradicting.strip():
        story.append(heading(_("Wat de zorg bevestigt en wat haar ontkracht")))
        if v.confirming.strip():
            story.append(rich(run_in(_("Feiten die de zorg bevestigen."), v.confirming)))
        if v.contradicting.strip():
            story.append(rich(run_in(_("Feiten die de zorg ontkrachten."), v.contradicting)))

    told = client_contact(v, VERSTREKKING)
    if told:
        story.append(heading(_("Contact met {client} over uw verzoek",
                                 client=client_words(v.client_role).definite)))
        story += [rich(x) for x in told]

    story.append(Spacer(1, 2 * mm))
    story.append(p(_("Het oordeel over de geschiktheid van de ouder(s) om de kinderen op te "
                     "voeden en over de noodzaak van een kinderbeschermingsmaatregel laat ik aan "
                     "u.")))
    if oral:
        story.append(p(_("Graag ontvang ik de schriftelijke of digitale weergave van deze "
                         "informatie, zodat ik die zo nodig kan aanvullen of verbeteren.")))
    story.append(closing(profile))
    return build(letter, story)


def _opening(v: Informatieverzoek) -> str:
    """'Naar aanleiding van uw verzoek van … geef ik u als informant informatie over mijn
    cliënt. U hebt die nodig voor: …' — the request in the requester's words."""
    r = v.request
    client = client_words(v.client_role)
    asked = _("Naar aanleiding van uw verzoek van {date} geef ik u als informant informatie "
              "over {client}.", date=format_nl(r.received_on), client=client.noun) \
        if r.received_on else _("Naar aanleiding van uw verzoek geef ik u als informant "
                                "informatie over {client}.", client=client.noun)
    text = escape(asked)
    if r.why.strip():
        text += " " + escape(_("U hebt die informatie nodig voor het volgende:")) + " " + \
            after_colon(r.why, v)
    if r.info_type.strip():
        text += " " + escape(_("U vroeg naar:")) + " " + after_colon(r.info_type, v)
    return text
