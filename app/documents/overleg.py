"""The Overleg record (handbook 1b): a record for the clinician's own dossier, not a letter —
no addressee, no salutation, no greeting. Who was consulted, when and why, the opening
statement, what the client knows, what was discussed and agreed; who recorded it."""

from __future__ import annotations

from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.trace import serves
from app.documents.base import Letter, build, heading, labelled, p, para_markup, recorded_by, rich
from app.documents.prose import OVERLEG, client_words, position, relation_lead, run_in, sentence
from app.flows.kit import client_label
from app.flows.overleg import currency_notice, who
from app.flows.registry import flow_of
from app.model import CHANNEL_ORAL, Overleg


@serves("1b.1", "1b.2", "2.1", "2.2")
def overleg_pdf(o: Overleg, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    letter = Letter(
        kind=_("Verslag van overleg"), title=_("Verslag van overleg"), profile=profile,
        recipient_lines=[_("Cliënt: {client}", client=client_label(o))] if client_label(o)
        else [],
        reference=flow_of("overleg").reference(case_id, o), date=today,
        subject_note=_("Overleg met {who} op {date}.", who=who(o), date=format_nl(o.date))
        if o.date else _("Overleg met {who}.", who=who(o)),
        notice=currency_notice(o, today))
    story: list[Flowable] = [heading(_("Het overleg")), rich(_what(o))]
    if o.relation.strip():
        story.append(rich(run_in(relation_lead(o.client_role), o.relation)))
    story += [p(part, "text") for part in o.content.split("\n") if part.strip()]
    if o.opening_statement.strip():
        story.append(labelled(_("Wat ik bij het begin van het overleg zei"),
                              o.opening_statement))
    told = position(o.openness, client_words(o.client_role), OVERLEG)
    if told:
        story.append(heading(_("Wat de cliënt weet van het overleg")))
        story += [rich(x) for x in told]
    story.append(heading(_("Besproken en afgesproken")))
    if o.last_contact:  # step 2: what the clinician shared rests on this contact
        story.append(p(_("Mijn laatste contact met de cliënt was op {date}.",
                         date=format_nl(o.last_contact))))
    if o.discussed.strip():
        story.append(labelled(_("Besproken"), o.discussed))
    story.append(labelled(_("Afspraken"), o.agreements.strip() or _("Geen.")))
    if o.other_contacts.strip():
        story.append(labelled(_("Andere contacten hierover"), o.other_contacts))
    story += [Spacer(1, 4 * mm), recorded_by(profile, today)]
    return build(letter, story)


def _what(o: Overleg) -> str:
    """'Op 29 november 2026 overlegde ik mondeling met …, op mijn initiatief. Ik overlegde
    omdat ik me zorgen maak over …' — the stored concern and question are sub-clauses
    ('ik me zorgen maak over …', 'vertelt wat …'), as the opening statement uses them."""
    how = _("mondeling") if o.channel == CHANNEL_ORAL else _("schriftelijk")
    when = _("Op {date} overlegde ik {how} met", date=format_nl(o.date), how=how) if o.date \
        else _("Ik overlegde {how} met", how=how)
    initiative = "" if o.initiative is None else _(", op mijn initiatief") if o.initiative \
        else _(", op initiatief van de ander")
    text = escape(when) + " " + para_markup(who(o)) + escape(initiative + ".")
    concern = o.concern.strip().rstrip(".")
    if concern:
        text += " " + escape(_("Ik overlegde omdat")) + " " + para_markup(sentence(concern))
    asks = o.asks.strip().rstrip(".")
    if asks:
        other = o.counterpart.person.strip() or _("de ander")
        text += " " + escape(_("Ik vroeg of")) + " " + para_markup(other) + " " + escape(
            _("mij")) + " " + para_markup(sentence(asks))
    return text
