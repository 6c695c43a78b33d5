"""A flow's actions on a dossier, shared by the wizards and the command line.

This is where the vault meets the flows and the documents: records are read from the dossier
here and handed to the timeline and the document builders, which never open the file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.content.i18n import _, in_source_language
from app.documents.inzage import Item, screening_record
from app.documents.registry import apart_kind, flow_apart_pdf, flow_pdf
from app.errors import DossierError
from app.flows.people import display_label
from app.flows.registry import flow_for, flow_of, placeholders_left
from app.records import CaseHistory
from app.vault.dossier import Dossier

PROFILE_FIELDS = ("name", "discipline", "big", "practice", "address", "phone", "email")
PROFILE_REQUIRED = ("name", "discipline", "practice")


class ProfileIncomplete(DossierError):
    def __init__(self) -> None:
        super().__init__(_(
            "Vul eerst uw praktijkgegevens in (naam, discipline, praktijk): documenten "
            "kunnen niet zonder afzender worden gemaakt."))


class FlowIncomplete(DossierError):
    def __init__(self, page_title: str) -> None:
        super().__init__(_("Dit is nog niet compleet: zie ‘{page}’.", page=_(page_title)))


class PlaceholderLeft(DossierError):
    """A text of the case still holds a placeholder a template left: nothing with an open
    place leaves the practice, also for a case finished before this check existed."""

    def __init__(self, page_title: str, label: str, found: list[str],
                 finished: bool = False) -> None:
        from app.checks.placeholders import quoted_list

        message = _(
            "In ‘{field}’ (bij ‘{page}’) staat nog {found}. Vul dit in of haal het weg; een "
            "document met een open plek wordt niet gemaakt.", field=label, page=_(page_title),
            found=quoted_list(found))
        if finished:
            message += " " + _(
                "Deze casus is al afgerond en kan niet meer worden gewijzigd. Moet het document "
                "nog worden verstuurd, leg het dan vast in een nieuwe casus.")
        super().__init__(message)
        self.page_title = page_title
        self.label = label
        self.found = found


def refuse_placeholders(data: Any, finished: bool = False) -> None:
    """Raise PlaceholderLeft for the first text of the case (in page order) that still holds
    a placeholder; the wizard shows the same finding beside the field. `finished`: the case
    can no longer be edited (the message then says what to do instead)."""
    left = placeholders_left(data)
    if left:
        raise PlaceholderLeft(*left[0], finished=finished)


def profile_complete(profile: dict[str, Any]) -> bool:
    return all(str(profile.get(k, "")).strip() for k in PROFILE_REQUIRED)


def save_draft(dossier: Dossier, case_id: int, data: Any, page: str) -> None:
    """Save a flow's draft with the list fields the main window shows."""
    kind = flow_for(data)
    deadline = kind.deadline(data)
    dossier.cases.save_draft(case_id, data.to_dict(), client_pseudonym=display_label(data),
                             receiver=kind.receiver(data), page=page,
                             due_date=deadline.isoformat() if deadline else None,
                             client_name=data.people.client_name.strip())


@dataclass(frozen=True)
class Finishing:
    """A finished case as it will be stored: its data, its step-7 entry and its follow-ups.
    Worked out from the case and the profile alone, without the dossier, so that it can be
    made elsewhere (the bulk demo makes it in worker processes) and stored as one unit."""

    kind: str
    data: dict[str, Any]
    client_pseudonym: str
    receiver: str
    entry: dict[str, Any]
    followups: list[tuple[str, str | None, str]]
    client_name: str


def prepare_finish(data: Any, profile: dict[str, Any], today: date) -> Finishing:
    """Check that the case may be finished (no placeholder, no blocked page) and compose what
    finishing stores. Raises PlaceholderLeft or FlowIncomplete; touches no dossier."""
    kind = flow_for(data)
    refuse_placeholders(data)
    blocked = kind.rules.first_blocked_page(data, today)
    if blocked is not None:
        raise FlowIncomplete(kind.rules.page(blocked).title)
    with in_source_language():  # the dossier's record is Dutch, whatever the interface speaks
        entry = kind.rules.dossier_entry(data, profile, today)
        followups = kind.followups(data, today)
    return Finishing(kind.kind, data.to_dict(), display_label(data), kind.receiver(data),
                     entry, followups, data.people.client_name.strip())


def store_finished(dossier: Dossier, case_id: int, finishing: Finishing) -> int:
    """Store a prepared finish: the case, its entry and its follow-ups in one transaction."""
    return dossier.cases.finish(
        case_id, finishing.data, client_pseudonym=finishing.client_pseudonym,
        receiver=finishing.receiver, entry_kind=finishing.kind, entry=finishing.entry,
        followups=finishing.followups, client_name=finishing.client_name)


def finish(dossier: Dossier, case_id: int, data: Any, today: date) -> int:
    """Store the case, its step-7 dossier entry and its follow-up items, atomically."""
    return store_finished(dossier, case_id, prepare_finish(data, dossier.profile(), today))


def document(dossier: Dossier, case_id: int, today: date) -> bytes:
    """The case's PDF, recorded (by hash) in the dossier. The bytes stay in memory."""
    profile = dossier.profile()
    if not profile_complete(profile):
        raise ProfileIncomplete()
    record = dossier.cases.get(case_id)
    kind = flow_of(record.kind)
    data = kind.load(record.data)
    refuse_placeholders(data, finished=record.status != "concept")
    pdf = flow_pdf(record.kind, data, profile, case_id, today)
    dossier.cases.record_document(case_id, record.kind, hashlib.sha256(pdf).hexdigest())
    return pdf


def apart_document(dossier: Dossier, case_id: int, today: date) -> bytes | None:
    """The part of the case's document that the family may not read (a melding's withheld
    part), recorded by hash like the document; None when the case has no such part."""
    profile = dossier.profile()
    if not profile_complete(profile):
        raise ProfileIncomplete()
    record = dossier.cases.get(case_id)
    data = flow_of(record.kind).load(record.data)
    refuse_placeholders(data, finished=record.status != "concept")
    pdf = flow_apart_pdf(record.kind, data, profile, case_id, today)
    if pdf is not None:
        dossier.cases.record_document(case_id, apart_kind(record.kind),
                                      hashlib.sha256(pdf).hexdigest())
    return pdf



def check_case(dossier: Dossier, case_id: int) -> None:
    """Before any PDF of a case (its document, the dossierverslag): refuse with
    PlaceholderLeft when its stored texts still hold a placeholder."""
    record = dossier.cases.get(case_id)
    refuse_placeholders(flow_of(record.kind).load(record.data),
                        finished=record.status != "concept")


def case_history(dossier: Dossier, case_id: int) -> CaseHistory:
    """Everything recorded about one case, for the timeline, dossierverslag and inzage copy."""
    followups = dossier.followups.of_case(case_id)
    return CaseHistory(
        record=dossier.cases.get(case_id),
        entries=dossier.cases.entries(case_id),
        followups=followups,
        results={f.id: dossier.followups.result(f.id) for f in followups if f.done_at},
        contacts=dossier.contacts.of_case(case_id),
        documents=dossier.cases.documents(case_id),
    )


def client_histories(dossier: Dossier, pseudonym: str) -> list[CaseHistory]:
    """The histories of the client's finished cases, oldest first (the inzage copy's content)."""
    return [case_history(dossier, case_id) for case_id in dossier.cases.of_client(pseudonym)]


def record_inzage(dossier: Dossier, pseudonym: str, requester: str, items: list[Item],
                  screened: dict[str, str]) -> int:
    """Store which items of a copy were screened and why (ids and reasons, never the text)."""
    return dossier.inzage.record(pseudonym, screening_record(requester, items, screened))
