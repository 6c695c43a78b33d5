"""The answer letter to a request to use information for another purpose (handbook 3), or the
clinician's own such request: which information, given for what, wanted for what; what the
client knows and thinks of it; the decision and why."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.trace import serves
from app.documents.base import Letter, build, bullet, heading, p, rich
from app.documents.prose import (
    ANDER_DOEL,
    after_colon,
    client_words,
    closing,
    position,
    run_in,
    salutation,
)
from app.flows.ander_doel import who
from app.flows.registry import flow_of
from app.model import DIRECTION_RECEIVED, AnderDoel

# The decision as the letter says it (the record keeps the short choice, 'Niet akkoord').
_LETTER_DECISIONS = {
    "agree": "Ik geef toestemming om de informatie voor het nieuwe doel te gebruiken.",
    "partly": "Ik geef toestemming om een deel van de informatie voor het nieuwe doel te "
              "gebruiken.",
    "refuse": "Ik geef geen toestemming om de informatie voor het nieuwe doel te gebruiken.",
}


@serves("3.1", "3.2")
def ander_doel_pdf(v: AnderDoel, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    c = v.counterpart
    recipient = [c.org_name or who(v)]
    if c.person:
        recipient.append(_("t.a.v. {p}", p=", ".join(x for x in (c.person, c.function) if x)))
    recipient += [line for line in c.address.splitlines() if line.strip()]
    received = v.direction == DIRECTION_RECEIVED
    letter = Letter(
        kind=_("Ander doel"),
        title=_("Uw verzoek om informatie voor een ander doel te gebruiken") if received
        else _("Verzoek om informatie voor een ander doel te gebruiken"),
        profile=profile, recipient_lines=recipient,
        reference=flow_of("ander_doel").reference(case_id, v), their_reference=c.reference,
        date=today,
        subject_note=_("Naar aanleiding van uw verzoek van {d}.", d=format_nl(v.received_on))
        if received and v.received_on else "",
        salutation=salutation(c.person))
    story: list[Flowable] = [Spacer(1, 2 * mm), rich(_opening(v, received))]
    story += [bullet(f"<b>{escape(label)}</b> {after_colon(text, v)}") for label, text in (
        (_("De informatie:"), v.information),
        (_("Gegeven voor:"), v.original_purpose),
        (_("Het nieuwe doel:"), v.new_purpose),
    ) if text.strip()]
    story += [p(part, "text") for part in v.content.split("\n") if part.strip()]
    if not received:
        story += _own_request(v)
        story.append(closing(profile))
        return build(letter, story)

    told = position(v.openness, client_words(v.client_role), ANDER_DOEL,
                    reason=v.decision != "refuse")
    if told:
        story.append(heading(_("Contact met {client}",
                                 client=client_words(v.client_role).definite)))
        story += [rich(x) for x in told]

    story.append(heading(_("Mijn besluit")))
    decided = _(_LETTER_DECISIONS[v.decision]) if v.decision in _LETTER_DECISIONS else ""
    if decided:
        day = " " + _("Dat besloot ik op {date}.", date=format_nl(v.decided_on)) \
            if v.decided_on else ""
        story.append(p(decided + day, "notice" if v.decision == "refuse" else "label"))
    if v.decision_reason.strip():
        story.append(rich(run_in(_("Reden."), v.decision_reason)))
    story.append(Spacer(1, 2 * mm))
    story.append(p(_("De informatie blijft beschikbaar voor het doel waarvoor zij is "
                     "gegeven.")))
    story.append(closing(profile))
    return build(letter, story)


# The provider's answer as the letter confirms it (direction 'own').
_LETTER_ANSWERS = {
    "agree": "U liet mij weten dat ik de informatie voor het nieuwe doel mag gebruiken.",
    "partly": "U liet mij weten dat ik een deel van de informatie voor het nieuwe doel mag "
              "gebruiken.",
    "refuse": "U liet mij weten dat ik de informatie niet voor het nieuwe doel mag gebruiken.",
}


@serves("3.2")
def _own_request(v: AnderDoel) -> list[Flowable]:
    """The clinician's own request (3.2): the provider decides, after contacting their client;
    once the answer came, the letter confirms it. Until then the information keeps its
    purpose."""
    story: list[Flowable] = [p(_(
        "Wilt u hierover beslissen, zo nodig nadat u contact hebt gehad met uw cliënt, en mij "
        "uw besluit laten weten? Tot dan gebruik ik de informatie alleen voor het doel waarvoor "
        "u haar gaf."))]
    if v.decision in _LETTER_ANSWERS:
        story.append(heading(_("Uw antwoord")))
        day = " " + _("Dat was op {date}.", date=format_nl(v.decided_on)) if v.decided_on else ""
        story.append(p(_(_LETTER_ANSWERS[v.decision]) + day, "label"))
        if v.provider_client.strip():
            story.append(rich(run_in(_("Contact met uw cliënt."), v.provider_client)))
        if v.decision_reason.strip():
            story.append(rich(run_in(_("Reden."), v.decision_reason)))
    return story


def _opening(v: AnderDoel, received: bool) -> str:
    """What was asked, by whom, about information given when."""
    given = _(" op {date}", date=format_nl(v.original_date)) if v.original_date else ""
    if received:
        asked = _("Op {date} vroeg u mij", date=format_nl(v.received_on)) if v.received_on \
            else _("U vroeg mij")
        return escape(_("{asked} of u informatie die ik{given} heb gegeven, mag gebruiken voor "
                        "een ander doel dan waarvoor ik die gaf. Het gaat om:", asked=asked,
                        given=given))
    return escape(_("Ik vraag u of ik informatie die u mij{given} hebt gegeven, mag gebruiken "
                    "voor een ander doel dan waarvoor u die gaf. Het gaat om:", given=given))
