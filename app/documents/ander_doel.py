"""The answer letter to a request to use information for another purpose (handbook 3)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.documents.base import Letter, build, heading, labelled, p, rows_table, signature
from app.flows.ander_doel import decision_text, who
from app.flows.openness import openness_summary
from app.flows.registry import flow_of
from app.model import DIRECTION_RECEIVED, AnderDoel


def ander_doel_pdf(v: AnderDoel, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    c = v.counterpart
    recipient = [c.org_name or who(v)]
    if c.person:
        recipient.append(_("t.a.v. {p}", p=", ".join(x for x in (c.person, c.function) if x)))
    received = v.direction == DIRECTION_RECEIVED
    letter = Letter(
        kind=_("Ander doel"),
        title=_("Uw verzoek om informatie voor een ander doel te gebruiken") if received
        else _("Verzoek om informatie voor een ander doel te gebruiken"),
        profile=profile, recipient_lines=recipient,
        reference=flow_of("ander_doel").reference(case_id, v), date=today,
        subject_note=_("Naar aanleiding van uw verzoek van {d}.", d=format_nl(v.received_on))
        if received else "")
    story: list[Flowable] = [heading(_("Het verzoek"))]
    story += rows_table([
        (_("Informatie"), v.information),
        (_("Gegeven op"), format_nl(v.original_date)),
        (_("Oorspronkelijk doel"), v.original_purpose),
        (_("Nieuw doel"), v.new_purpose),
    ])
    story.append(heading(_("Contact met de cliënt")))
    story += rows_table(openness_summary(v.openness))
    story.append(heading(_("Mijn besluit")))
    story.append(p(decision_text(v), "notice" if v.decision == "refuse" else "label"))
    story.append(labelled(_("Reden"), v.decision_reason))
    story.append(Spacer(1, 3 * mm))
    story.append(p(_("De informatie blijft beschikbaar voor het doel waarvoor zij is gegeven "
                     "(handleiding stap 3).")))
    story.append(signature(profile))
    return build(letter, story)
