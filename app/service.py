"""The Melding flow's actions on a dossier, shared by the wizard and the command line."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from app import melding as flow
from app.errors import DossierError
from app.i18n import _
from app.model import Melding
from app.store import Dossier

PROFILE_FIELDS = ("name", "discipline", "big", "practice", "address", "phone", "email")
PROFILE_REQUIRED = ("name", "discipline", "practice")


class ProfileIncomplete(DossierError):
    def __init__(self) -> None:
        super().__init__(_(
            "Vul eerst uw praktijkgegevens in (naam, discipline, praktijk): documenten "
            "kunnen niet zonder afzender worden gemaakt."))


class FlowIncomplete(DossierError):
    def __init__(self, page_title: str) -> None:
        super().__init__(_("De melding is nog niet compleet: zie ‘{page}’.", page=page_title))


def profile_complete(profile: dict[str, Any]) -> bool:
    return all(str(profile.get(k, "")).strip() for k in PROFILE_REQUIRED)


def receiver_label(m: Melding) -> str:
    return m.receiver.org_name


def save_melding_draft(dossier: Dossier, case_id: int, m: Melding, page: str) -> None:
    dossier.save_draft(case_id, m.to_dict(), client_pseudonym=m.client_pseudonym,
                       receiver=receiver_label(m), page=page)


def finish_melding(dossier: Dossier, case_id: int, m: Melding, today: date) -> int:
    """Store the melding, its step-7 dossier entry and its follow-up items, atomically."""
    blocked = flow.first_blocked_page(m, today)
    if blocked is not None:
        raise FlowIncomplete(flow.page(blocked).title)
    profile = dossier.profile()
    entry = flow.dossier_entry(m, profile, today)
    return dossier.finish_case(
        case_id, m.to_dict(), client_pseudonym=m.client_pseudonym, receiver=receiver_label(m),
        entry_kind=flow.KIND, entry=entry, followups=flow.followups(m))


def melding_document(dossier: Dossier, case_id: int, today: date) -> bytes:
    """The Melding PDF for a case, recorded (by hash) in the dossier. Bytes stay in memory."""
    from app.documents.melding import melding_pdf  # reportlab only when a document is made

    profile = dossier.profile()
    if not profile_complete(profile):
        raise ProfileIncomplete()
    record = dossier.case(case_id)
    pdf = melding_pdf(Melding.from_dict(record.data), profile, case_id, today)
    dossier.record_document(case_id, "melding", hashlib.sha256(pdf).hexdigest())
    return pdf
