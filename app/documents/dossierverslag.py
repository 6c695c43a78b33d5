"""Dossierverslag: the step-7 record of a case for the clinician's own EPD.

One structure (sections of label/text rows) feeds both the plain text for the clipboard and the
PDF, so the two never differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.checks.dates import format_nl
from app.content.i18n import _, in_source_language
from app.content.trace import serves
from app.flows.registry import flow_of
from app.flows.retention import retention_until
from app.flows.step7 import item_label
from app.flows.timeline import timeline
from app.records import CaseHistory


@dataclass
class Section:
    heading: str
    rows: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Verslag:
    title: str
    reference: str
    client: str
    sections: list[Section]


@in_source_language()  # the record is Dutch whatever the interface speaks
@serves("7.melder.1", "7.melder.2", "7.melder.3", "7.melder.4", "7.melder.5", "7.melder.6",
        "4.melder.3")
def build(history: CaseHistory, today: date) -> Verslag:
    """Everything step 7 asks the melder or informant to record, plus what happened since."""
    record = history.record
    flow = flow_of(record.kind)
    data = flow.load(record.data)
    sections: list[Section] = []
    for entry in history.entries:
        items = Section(_("Vastgelegd bij afronding ({date})",
                          date=format_nl(entry["created_at"][:10])))
        for item in entry.get("items", []):
            items.rows.append((item_label(item, entry.get("flow", record.kind)), item["text"]))
        for row in [*entry.get("people", []), *entry.get("extra", [])]:
            items.rows.append((row["label"], row["text"]))
        person = entry.get("melder") or entry.get("informant") or {}
        if person:
            items.rows.append((_("Melder / informant"), ", ".join(
                x for x in (person.get("name", ""), person.get("function", ""),
                            person.get("contact", "")) if x)))
        if entry.get("currency_notice"):
            items.rows.append((_("Actualiteit"), entry["currency_notice"]))
        sections.append(items)
        # The check's findings are the clinician's working aid, kept with the entry in the app;
        # a document that is filed, sent or shown at inzage carries the dossier, not the tool.
    events = Section(_("Vervolg en contacten"))
    for event in timeline(history, today):
        if event.kind in ("exchange", "recorded", "created"):
            continue
        day = format_nl(event.day) if event.day != "9999-12-31" else _("open")
        events.rows.append((day, f"{event.title}: {event.text}" if event.text else event.title))
    if events.rows:
        sections.append(events)
    sections.append(Section(_("Bewaren"), [(
        _("Bewaartermijn"), _("Tot {date}: twintig jaar na de laatste wijziging (BW 7:454 lid 3).",
                             date=format_nl(retention_until(record.updated_at))))]))
    return Verslag(
        title=_("Dossierverslag — {flow}", flow=_(flow.label)),
        reference=flow.reference(record.id, data),
        client=record.client_pseudonym,
        sections=sections,
    )


@in_source_language()
def as_text(verslag: Verslag) -> str:
    """Plain text for pasting into the EPD."""
    lines = [verslag.title, _("Kenmerk: {ref}", ref=verslag.reference),
             _("Cliënt: {client}", client=verslag.client), ""]
    for section in verslag.sections:
        lines += [section.heading.upper(), ""]
        for label, text in section.rows:
            lines.append(f"{label}:")
            lines += [f"  {line}" for line in (text or "—").splitlines()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


@in_source_language()
def as_pdf(verslag: Verslag, profile: dict[str, Any], today: date) -> bytes:
    """The same record as a PDF (reportlab imported only here)."""
    from reportlab.lib.units import mm

    from app.documents.base import Letter, heading, p, rows_table
    from app.documents.base import build as build_pdf

    letter = Letter(kind=_("Dossierverslag"), title=verslag.title, profile=profile,
                    recipient_lines=[_("Cliënt: {client}", client=verslag.client)],
                    reference=verslag.reference, date=today,
                    subject_note=_("Voor het eigen dossier (EPD): de vastlegging volgens stap 7 "
                                   "van de handleiding, en wat daarna gebeurde."))
    story = []
    for section in verslag.sections:
        story += [heading(section.heading), *rows_table(section.rows, label_width=52 * mm)]
    if not story:
        story.append(p(_("Nog niets vastgelegd.")))
    return build_pdf(letter, story)
