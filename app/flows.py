"""The flows the app knows, so that store, service, CLI and main window treat them alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Any

from app import informatieverzoek, melding
from app.i18n import _
from app.model import Informatieverzoek, Melding


@dataclass(frozen=True)
class Flow:
    kind: str
    label: str  # as in the cases list
    action: str  # the main window's action
    document: str  # the document's name
    model: type
    rules: ModuleType  # PAGES, check_page, first_blocked_page, page, dossier_entry
    receiver: Callable[[Any], str]
    deadline: Callable[[Any], date | None]  # while the case is a concept
    followups: Callable[[Any, date], list[tuple[str, str | None, str]]]
    new: Callable[[], Any]
    events: Callable[[Any], list[tuple[str, str]]]  # (ISO date, what happened) for the timeline

    def load(self, data: dict[str, Any]) -> Any:
        return self.model.from_dict(data)  # type: ignore[attr-defined]

    def pdf(self, data: Any, profile: dict[str, Any], case_id: int, today: date) -> bytes:
        """The flow's document (reportlab is imported only here, on first use)."""
        if self.kind == melding.KIND:
            from app.documents.melding import melding_pdf

            return melding_pdf(data, profile, case_id, today)
        from app.documents.informatieverstrekking import informatieverstrekking_pdf

        return informatieverstrekking_pdf(data, profile, case_id, today)

    def reference(self, case_id: int, data: Any) -> str:
        day = data.receiver.date if self.kind == melding.KIND else data.answered_on
        return f"DW-{case_id:05d}-{day.replace('-', '') if day else 'concept'}"


FLOWS: dict[str, Flow] = {
    melding.KIND: Flow(
        kind=melding.KIND, label="Melding doen", action="Nieuwe melding", document="Melding",
        model=Melding, rules=melding, receiver=lambda m: m.receiver.org_name,
        deadline=lambda m: None, followups=lambda m, today: melding.followups(m),
        new=melding.new_melding,
        events=lambda m: [(m.receiver.date, _("{channel} melding bij {org}",
                                              channel=m.receiver.channel.capitalize(),
                                              org=m.receiver.org_name))],
    ),
    informatieverzoek.KIND: Flow(
        kind=informatieverzoek.KIND, label="Informatieverzoek",
        action="Informatieverzoek beantwoorden", document="Informatieverstrekking",
        model=Informatieverzoek, rules=informatieverzoek,
        receiver=lambda v: v.request.org_name, deadline=informatieverzoek.term_date,
        followups=informatieverzoek.followups, new=informatieverzoek.new_request,
        events=lambda v: [
            (v.request.received_on, _("Verzoek ontvangen van {who}", who=", ".join(
                x for x in (v.request.name, v.request.org_name) if x))),
            (v.answered_on, _("Informatie verstrekt ({channel})", channel=v.request.channel)),
        ],
    ),
}


def flow_of(kind: str) -> Flow:
    return FLOWS[kind]


def flow_for(data: Any) -> Flow:
    return next(f for f in FLOWS.values() if isinstance(data, f.model))
