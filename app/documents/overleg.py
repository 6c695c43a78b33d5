"""The Overleg record: who was consulted, the opening statement, what was discussed, agreed."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from app.checks.dates import format_nl
from app.content.i18n import _
from app.documents.base import Letter, build, heading, labelled, rows_table, signature
from app.flows.kit import client_label
from app.flows.openness import openness_summary
from app.flows.overleg import who
from app.flows.registry import flow_of
from app.model import Overleg


def overleg_pdf(o: Overleg, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    letter = Letter(
        kind=_("Verslag van overleg"), title=_("Verslag van overleg (stap 1b)"), profile=profile,
        recipient_lines=[_("Eigen dossier (EPD)")],
        reference=flow_of("overleg").reference(case_id, o), date=today,
        subject_note=_("Overleg met {who} op {date}.", who=who(o), date=format_nl(o.date)))
    story: list[Flowable] = [heading(_("Het overleg"))]
    story += rows_table([
        (_("Met"), who(o)),
        (_("Datum"), format_nl(o.date)),
        (_("Initiatief"), _("Ik nam het initiatief") if o.initiative else _("De ander")),
        (_("Cliënt"), client_label(o)),
        (_("Aanleiding"), o.concern),
    ])
    story.append(heading(_("Openingszin")))
    story.append(labelled(_("Wat ik bij het begin zei (1b)"), o.opening_statement))
    story.append(heading(_("De positie van de cliënt")))
    story += rows_table(openness_summary(o.openness))
    story.append(heading(_("Besproken en afgesproken")))
    story.append(labelled(_("Besproken"), o.discussed))
    story.append(labelled(_("Afspraken"), o.agreements or _("Geen.")))
    story.append(signature(profile))
    return build(letter, story)
