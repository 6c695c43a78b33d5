"""The practice's address book and regional agreements, with defaults from resources/.

The handbook's model is meant as the basis for regional agreements: the term within which
Veilig Thuis reports back, the preferred channel, anything else agreed. They are data in the
dossier, editable, and new cases start from them.
"""

from __future__ import annotations

from typing import Any

from app.content.organisations import default_settings, org_types
from app.model import CHANNEL_ORAL, CHANNEL_WRITTEN, Melding
from app.vault.dossier import Dossier

CHANNELS = ("", CHANNEL_ORAL, CHANNEL_WRITTEN)


def agreement(dossier: Dossier, org_type: str) -> dict[str, Any]:
    """The agreement for an organisation type, with the shipped defaults filled in."""
    t = org_types().get(org_type)
    default_term = (t.decision_term_days if t and t.decision_term_days else
                    default_settings()["decision_term_days"])
    stored = dossier.address_book.agreement(org_type)
    term = stored.get("decision_term_days") or default_term
    return {
        "decision_term_days": int(term),
        "preferred_channel": stored.get("preferred_channel", "") if stored.get(
            "preferred_channel", "") in CHANNELS else "",
        "notes": str(stored.get("notes", "")),
    }


def check_agreement(data: dict[str, Any]) -> list[str]:
    """Dutch messages for an agreement that cannot be stored."""
    problems = []
    try:
        term = int(data.get("decision_term_days") or 0)
    except (TypeError, ValueError):
        term = 0
    if not 1 <= term <= 90:
        problems.append("De termijn moet tussen 1 en 90 dagen liggen.")
    if data.get("preferred_channel", "") not in CHANNELS:
        problems.append("Kies mondeling of schriftelijk.")
    return problems


def apply_to_new_case(dossier: Dossier, data: Any) -> None:
    """A new melding starts from the agreement with its default receiver type."""
    if isinstance(data, Melding):
        agreed = agreement(dossier, data.receiver.org_type)
        data.expectations.decision_term_days = agreed["decision_term_days"]
        if agreed["preferred_channel"]:
            data.receiver.channel = agreed["preferred_channel"]
        known = dossier.address_book.organisations(data.receiver.org_type)
        if len(known) == 1:  # the practice works with one Veilig Thuis: fill it in
            data.receiver.org_name = known[0]["name"]
            data.receiver.address = known[0]["address"]


def org_details(dossier: Dossier, org_type: str, name: str) -> dict[str, Any] | None:
    """The address-book entry of that type and name, with its persons."""
    for org in dossier.address_book.organisations(org_type):
        if org["name"] == name:
            return {**org, "persons": dossier.address_book.persons(org["id"])}
    return None
