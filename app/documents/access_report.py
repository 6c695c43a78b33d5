"""'Wie heeft mijn dossier ingezien?': the access log of a client's cases, for the client."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.content.i18n import _, in_source_language

ACTION_LABELS = {
    "unlock": "Dossier ontgrendeld", "unlock_failed": "Ontgrendelen mislukt",
    "read": "Ingezien", "create": "Aangemaakt", "change": "Gewijzigd", "delete": "Verwijderd",
    "search": "Gezocht", "pdf": "Document gemaakt", "copy": "Gekopieerd",
    "backup": "Reservekopie gemaakt", "restore": "Reservekopie teruggezet",
    "passphrase": "Wachtwoord gewijzigd", "view_log": "Toegangslog bekeken",
}


def label(action: str) -> str:
    return _(ACTION_LABELS.get(action, action))


def outcome_label(outcome: str) -> str:
    """Document kinds by their Dutch names; other outcomes as written."""
    from app.flows.registry import FLOWS

    if outcome in FLOWS:
        return _(FLOWS[outcome].document)
    return {"dossierverslag": _("Dossierverslag"), "inzage": _("Inzage-afschrift")}.get(
        outcome, outcome)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso


@in_source_language()  # a document is Dutch whatever the interface speaks
def access_pdf(entries: list[dict[str, Any]], pseudonym: str, profile: dict[str, Any],
               today: date) -> bytes:
    """The client's entries of the access log (`dossier.log.entries_of_client`) as a letter."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable

    from app.documents.base import Letter, build, grid_table, p

    letter = Letter(kind=_("Toegangslog"), title=_("Wie heeft uw dossier ingezien?"),
                    profile=profile,
                    recipient_lines=[_("Cliënt: {client}", client=pseudonym)],
                    reference=f"LOG-{today.strftime('%Y%m%d')}", date=today,
                    subject_note=_("Overzicht uit het toegangslog (NEN 7513)."))
    rows = [(local_time(e["at"]), e["user"] or "—", label(e["action"])) for e in entries]
    story: list[Flowable] = [
        grid_table([_("Wanneer"), _("Wie"), _("Wat")], rows, [40 * mm, 60 * mm, None])
    ] if rows else [p(_("Er is niets over uw dossier gelogd."))]
    return build(letter, story)
