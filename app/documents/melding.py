"""The Melding PDF: confirmation of a report to Veilig Thuis or the Raad (handbook step 4)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

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
from app.flows.kit import children_label, client_label
from app.flows.melding import currency_notice, decision_due
from app.flows.openness import openness_summary
from app.model import CHANNEL_ORAL, Melding


def reference(case_id: int, m: Melding) -> str:
    """Our reference: case number and melding date; no client data."""
    stamp = m.receiver.date.replace("-", "") if m.receiver.date else "concept"
    return f"DW-{case_id:05d}-{stamp}"


def melding_pdf(m: Melding, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    """The Melding document as PDF bytes."""
    r = m.receiver
    recipient = [r.org_name or display_name(r.org_type)]
    if r.contact_person:
        recipient.append(_("t.a.v. {person}", person=r.contact_person))
    recipient += [line for line in r.address.splitlines() if line.strip()]
    oral = r.channel == CHANNEL_ORAL
    letter = Letter(
        kind=_("Melding"),
        title=_("Melding van een vermoeden van kindermishandeling"),
        profile=profile,
        recipient_lines=recipient,
        reference=reference(case_id, m),
        their_reference=r.reference,
        date=today,
        subject_note=_("Schriftelijke bevestiging van de mondelinge melding van {date}.",
                       date=format_nl(r.date)) if oral else "",
    )
    story: list[Flowable] = []
    notice = currency_notice(m, today)
    if notice:
        story += [notice_box(notice), Spacer(1, 3 * mm)]

    story.append(heading(_("De melding")))
    story += rows_table([
        (_("Ontvanger"), display_name(r.org_type)),
        (_("Wijze"), _("Mondeling") if oral else _("Schriftelijk")),
        (_("Datum melding"), format_nl(r.date)),
        (_("Gesproken met"), r.contact_person),
        (_("Cliënt"), client_label(m)),
        (_("Kinderen"), children_label(m)),
        (_("Mijn relatie"), m.relation),
    ])
    if m.content.strip():
        story += [Spacer(1, 2 * mm), p(m.content)]

    story.append(heading(_("De feiten die tot de melding leidden")))
    rows = [(f.when, f.what, _("eigen waarneming") if f.observed_by_clinician
             else _("bron: {s}", s=f.source)) for f in m.facts]
    story.append(grid_table([_("Wanneer"), _("Wat"), _("Waargenomen door")], rows,
                            [28 * mm, None, 42 * mm]))
    if m.limits.strip():
        story.append(labelled(_("Grenzen van deze melding"), m.limits))
    if m.concern.strip():
        story.append(labelled(_("Mijn zorg"), m.concern))

    story.append(heading(_("De positie van de cliënt")))
    story += rows_table(openness_summary(m.openness))

    story.append(heading(_("Actualiteit")))
    story.append(p(_("Laatste contact met de cliënt: {date}.", date=format_nl(m.last_contact))))

    story.append(heading(_("Wat ik van u verwacht")))
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
    for line in expect:
        story.append(p("• " + line))
    if m.expectations.protect_meanwhile.strip():
        story.append(labelled(_("Afspraken tot nu toe"), m.expectations.protect_meanwhile))

    story.append(signature(profile))
    return build(letter, story)
