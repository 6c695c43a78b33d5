"""Dossierverslag: the step-7 record of a case for the clinician's own EPD.

One structure (sections of label/text rows) feeds both the plain text for the clipboard and the
PDF, so the two never differ.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.checks.dates import format_nl
from app.content.i18n import _
from app.flows.registry import flow_of
from app.flows.retention import retention_until
from app.flows.timeline import timeline
from app.records import CaseHistory

# The step-7 items as the record labels them, per flow: the handbook's items (7.melder.1-6)
# in words that fit the exchange, with the organisations as they are called now (the handbook
# of 2013 says 'AMK, Bureau Jeugdzorg of Raad'). The inzage copy shows the same labels.
ITEM_LABELS: dict[str, dict[str, str]] = {
    "melding": {
        "7.melder.1": "De inhoud van de melding",
        "7.melder.2": "De feiten en omstandigheden die aanleiding gaven tot de melding",
        "7.melder.3": "Of de cliënt van de melding op de hoogte is gesteld, en of de cliënt "
                      "toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom toch "
                      "is gemeld",
        "7.melder.5": "De contacten naar aanleiding van de melding",
        "7.melder.6": "Het vervolg op de melding, voor zover Veilig Thuis of de Raad mij "
                      "daarover informeerde",
    },
    "informatieverzoek": {
        "7.melder.1": "De inhoud van de informatieverstrekking",
        "7.melder.2": "De feiten en omstandigheden die aanleiding gaven tot de "
                      "informatieverstrekking",
        "7.melder.3": "Of de cliënt van de informatieverstrekking op de hoogte is gesteld, en "
                      "of de cliënt toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom toch "
                      "informatie is gegeven",
        "7.melder.5": "De contacten naar aanleiding van het verzoek",
        "7.melder.6": "Het vervolg op de informatieverstrekking, voor zover Veilig Thuis, de "
                      "gecertificeerde instelling of de Raad mij daarover informeerde",
    },
    "overleg": {
        "7.melder.1": "De inhoud van het overleg",
        "7.melder.2": "De aanleiding voor het overleg",
        "7.melder.3": "Of de cliënt van het overleg op de hoogte is gesteld, en of de cliënt "
                      "toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom het "
                      "overleg toch nodig was",
        "7.melder.5": "Met wie en hoe is overlegd",
        "7.melder.6": "Afspraken en vervolg",
    },
    "ander_doel": {
        "7.melder.1": "Het verzoek en het besluit",
        "7.melder.3": "Of de cliënt van het verzoek op de hoogte is gesteld, en of de cliënt "
                      "instemde",
        "7.melder.4": "Waarom de informatie toch voor het nieuwe doel wordt gebruikt",
        "7.melder.5": "De contacten over het verzoek",
    },
}
_OLD_NAMES = (("AMK, Bureau Jeugdzorg of Raad", "Veilig Thuis, de gecertificeerde instelling "
               "of de Raad"), ("het AMK", "Veilig Thuis"), ("AMK", "Veilig Thuis"),
              ("Bureau Jeugdzorg", "de gecertificeerde instelling"))


def item_label(item: dict[str, Any], flow: str) -> str:
    """A step-7 item's label for the record, the case view and the inzage copy: the flow's
    own wording, else the handbook's text with the organisations' current names."""
    label = ITEM_LABELS.get(flow, {}).get(str(item.get("ref", "")))
    if label:
        return _(label)
    label = str(item.get("label", "")).rstrip(";.")
    for old, new in _OLD_NAMES:
        label = label.replace(old, new)
    return label[:1].upper() + label[1:]


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
