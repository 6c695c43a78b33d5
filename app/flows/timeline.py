"""Everything that happened in a case, in date order: the exchange, follow-ups, contacts,
documents. Shown per case and printed in the dossierverslag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.checks.dates import format_nl
from app.content.i18n import _
from app.flows import followup
from app.flows.registry import FLOWS, flow_of
from app.records import CaseHistory

DOCUMENT_NAMES = {"dossierverslag": "Dossierverslag", "inzage": "Inzage-afschrift",
                  "melding_apart": "Melding, apart deel"}


@dataclass(frozen=True)
class Event:
    day: str  # ISO date
    kind: str  # created | exchange | followup_due | followup_done | contact | document
    title: str
    text: str = ""
    followup_id: int | None = None
    overdue: bool = False


def _day(iso: str) -> str:
    return iso[:10] if iso else ""


def timeline(history: CaseHistory, today: date) -> list[Event]:
    """The case's events, oldest first; open follow-ups appear at their due date."""
    record = history.record
    flow = flow_of(record.kind)
    data = flow.load(record.data)
    happened = flow.events(data)
    if record.status != "concept":  # a concept has made no melding and given no information
        happened += flow.exchange(data)
    events = [Event(day, "exchange", title) for day, title in happened if day]
    if not events:
        events.append(Event(_day(record.created_at), "created",
                            _("{flow} aangemaakt", flow=_(flow.label))))
    for entry in history.entries:
        events.append(Event(_day(entry["created_at"]), "recorded",
                            _("Vastgelegd in het dossier (stap 7)")))
    for item in history.followups:
        title = _(followup.form(item.kind)[0])
        if item.done_at:
            events.append(Event(_day(item.done_at), "followup_done", title,
                                followup.describe(item.kind,
                                                  history.results.get(item.id, {})), item.id))
        else:
            overdue = bool(item.due_date and item.due_date < today.isoformat())
            events.append(Event(
                item.due_date or "9999-12-31", "followup_due", title,
                _("Verwacht uiterlijk {d}", d=format_nl(item.due_date)) if item.due_date
                else _("Zodra bekend"), item.id, overdue))
    for contact in history.contacts:
        events.append(Event(contact["date"], "contact",
                            _(followup.CONTACT_KINDS.get(contact["kind"], contact["kind"])),
                            contact["text"]))
    for doc in history.documents:
        stamp = datetime.fromisoformat(doc["created_at"]).astimezone()
        name = _(flow_of(doc["kind"]).document) if doc["kind"] in FLOWS else _(
            DOCUMENT_NAMES.get(doc["kind"], doc["kind"]))
        events.append(Event(_day(doc["created_at"]), "document",
                            _("PDF gemaakt: {name} ({t})", name=name, t=stamp.strftime("%H:%M"))))
    return sorted(events, key=lambda e: e.day)
