"""Deleting a concept (a case never finished): after a plain question, not the WGBO procedure
for a finished case (ui/delete_dialog.py: a reason and the client's name typed). Nothing of a
concept has left the practice yet; the access log keeps that it was deleted."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from app.content.i18n import _
from app.errors import DossierError
from app.flows.registry import flow_of
from app.vault.dossier import Dossier
from ui import msgbox
from ui.translations import long_date

# Stored in the access log with the deletion (Dutch, as every entry there).
REASON = "concept verwijderd door de behandelaar"


class DraftHost(Protocol):
    dossier: Dossier

    def refresh(self, select: int | None = None) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt naming


def _tr(text: str) -> str:
    return QCoreApplication.translate("draft_delete", text)


def delete_draft(window: DraftHost, case_id: int) -> bool:
    """Ask, then delete the concept `case_id`; True when it is gone. A finished case is never
    deleted here."""
    if case_id < 0:
        return False
    record = window.dossier.cases.get(case_id)
    if record.status != "concept":
        return False
    parent = window if isinstance(window, QWidget) else None
    client = record.client_pseudonym or _tr("(nog geen naam)")
    if not msgbox.question(parent, _tr("Concept verwijderen?"), _tr(
            "Het concept ‘{client}’ ({flow}, laatst gewijzigd op {date}) wordt definitief "
            "verwijderd, met alles wat u erin invulde.\n\nIn het toegangslog blijft alleen "
            "staan dat dit concept is verwijderd. Reservekopieën van vóór vandaag bevatten "
            "het nog.\n\nHet concept verwijderen?").format(
            client=client, flow=_(flow_of(record.kind).label),
            date=long_date(record.updated_at[:10])), destructive=True):
        return False
    try:
        window.dossier.cases.delete(case_id, REASON)
    except DossierError as exc:
        msgbox.error(parent, _tr("Niet verwijderd"), exc.message)
        return False
    window.refresh()
    window.statusBar().showMessage(_tr("Het concept is verwijderd."), 8000)
    return True
