"""The flows the app knows, so that store, service, CLI and main window treat them alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from app.checks.problems import Problem
from app.content.i18n import _
from app.flows import ander_doel, informatieverzoek, melding, overleg
from app.flows.kit import PageSpec
from app.model import CHANNEL_ORAL, AnderDoel, Informatieverzoek, Melding, Overleg


class FlowRules(Protocol):
    """What each flow's rules module (app.flows.melding, ...) provides. A module satisfies it
    as a class would, so mypy checks every flow against it. `data` is the flow's own record."""

    PAGES: tuple[PageSpec, ...]

    def page(self, page_id: str, /) -> PageSpec: ...
    def check_page(self, page_id: str, data: Any, today: date, /) -> list[Problem]: ...
    def page_texts(self, page_id: str, data: Any, /) -> list[tuple[str, str, str]]: ...
    def first_blocked_page(self, data: Any, today: date, /) -> str | None: ...
    def step7_status(self, data: Any, /) -> list[tuple[str, bool, str]]: ...
    def open_findings(self, data: Any, /) -> list[dict[str, Any]]: ...
    def dossier_entry(self, data: Any, profile: dict[str, Any], today: date, /
                      ) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Flow:
    kind: str
    label: str  # as in the cases list
    action: str  # the main window's action
    document: str  # the document's name
    model: type
    rules: FlowRules
    receiver: Callable[[Any], str]
    deadline: Callable[[Any], date | None]  # while the case is a concept
    followups: Callable[[Any, date], list[tuple[str, str | None, str]]]
    new: Callable[[], Any]
    events: Callable[[Any], list[tuple[str, str]]]  # (ISO date, what happened) for the timeline
    reference_date: Callable[[Any], str]  # the date in the document's reference
    # The exchange itself (the melding made, the information given): on the timeline only
    # once the case is finished, for a concept has sent nothing yet, whatever its dates say.
    exchange: Callable[[Any], list[tuple[str, str]]] = lambda data: []

    def load(self, data: dict[str, Any]) -> Any:
        return self.model.from_dict(data)  # type: ignore[attr-defined]

    def reference(self, case_id: int, data: Any) -> str:
        day = self.reference_date(data)
        return f"DW-{case_id:05d}-{day.replace('-', '') if day else 'concept'}"


FLOWS: dict[str, Flow] = {
    melding.KIND: Flow(
        kind=melding.KIND, label="Melding doen", action="Nieuwe melding", document="Melding",
        model=Melding, rules=melding, receiver=lambda m: m.receiver.org_name,
        deadline=lambda m: None, followups=lambda m, today: melding.followups(m),
        new=melding.new_melding, events=lambda m: [],
        exchange=lambda m: [(m.receiver.date, _("{channel} melding bij {org}",
                                                # 'Mondelinge melding': the adjective inflected
                                                channel=_("Mondelinge")
                                                if m.receiver.channel == CHANNEL_ORAL
                                                else _("Schriftelijke"),
                                                org=m.receiver.org_name))],
        reference_date=lambda m: m.receiver.date,
    ),
    informatieverzoek.KIND: Flow(
        kind=informatieverzoek.KIND, label="Informatieverzoek",
        action="Informatieverzoek beantwoorden", document="Informatieverstrekking",
        model=Informatieverzoek, rules=informatieverzoek,
        receiver=lambda v: v.request.org_name, deadline=informatieverzoek.term_date,
        followups=informatieverzoek.followups, new=informatieverzoek.new_request,
        events=lambda v: [
            (v.request.received_on, _("Verzoek ontvangen van {who}", who=", ".join(
                x for x in (v.request.name, v.request.org_name) if x)))],
        exchange=lambda v: [(v.answered_on, _("Informatie verstrekt ({channel})",
                                              channel=_(v.request.channel)))],
        reference_date=lambda v: v.answered_on,
    ),
    overleg.KIND: Flow(
        kind=overleg.KIND, label="Overleg", action="Overleg vastleggen",
        document="Overlegverslag", model=Overleg, rules=overleg,
        receiver=overleg.who, deadline=lambda o: None, followups=overleg.followups,
        new=overleg.new_overleg, events=lambda o: [],
        exchange=lambda o: [(o.date, _("Overleg met {who}", who=overleg.who(o)))],
        reference_date=lambda o: o.date,
    ),
    ander_doel.KIND: Flow(
        kind=ander_doel.KIND, label="Ander doel", action="Verzoek ander doel",
        document="Ander-doelbrief", model=AnderDoel, rules=ander_doel,
        receiver=ander_doel.who, deadline=lambda v: None, followups=ander_doel.followups,
        new=ander_doel.new_ander_doel,
        events=lambda v: [
            (v.received_on, _("Gevraagd aan {who}: informatie voor een ander doel",
                              who=ander_doel.who(v)) if ander_doel.is_own(v) else
             _("Verzoek om ander gebruik van {who}", who=ander_doel.who(v)))],
        exchange=lambda v: [(v.decided_on, _("Antwoord van {who}: {d}", who=ander_doel.who(v),
                                             d=ander_doel.decision_text(v))
                             if ander_doel.is_own(v) else
                             _("Besluit: {d}", d=ander_doel.decision_text(v)))]
        if v.decision else [],
        reference_date=lambda v: v.decided_on,
    ),
}


def flow_of(kind: str) -> Flow:
    return FLOWS[kind]


def flow_for(data: Any) -> Flow:
    return next(f for f in FLOWS.values() if isinstance(data, f.model))


def template_applies(template_id: str, page_id: str, data: Any) -> bool:
    """Whether the handbook panel offers a template on this page now: its field is in use
    there (the deviation explanation only when the clinician deviates, say) and the
    template's own conditions hold for the case."""
    from app.flows.templates import applies, templates

    field = templates()[template_id].field
    # 'answer' is the field of each question's row: 'questions.0.answer'.
    row_field = re.compile(rf"(.+\.\d+\.)?{re.escape(field)}")
    in_use = any(row_field.fullmatch(path) for path, _label, _text
                 in flow_for(data).rules.page_texts(page_id, data))
    return in_use and applies(template_id, data)


def placeholders_left(data: Any) -> list[tuple[str, str, list[str]]]:
    """(page title, field label, placeholders) for each text of the case that still holds one."""
    from app.flows.texts import placeholders_left as left

    rules = flow_for(data).rules
    return left(rules.PAGES, rules.page_texts, data)
