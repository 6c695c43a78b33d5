"""The plain records the dossier hands out.

They carry no connection, so flows and documents are built from records handed to them and
never reach into the encrypted file themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CaseSummary:
    """One row of the cases list."""

    id: int
    kind: str
    status: str
    client_pseudonym: str
    receiver: str
    updated_at: str
    due_date: str | None = None
    client_name: str = ""  # the full name, when recorded (the list shows it by choice)


@dataclass(frozen=True)
class CaseRecord:
    """A whole case: its list fields, the draft or final data, and the wizard page it was on."""

    id: int
    kind: str
    status: str
    client_pseudonym: str
    created_at: str
    updated_at: str
    page: str
    data: dict[str, Any]


@dataclass(frozen=True)
class FollowUp:
    id: int
    case_id: int
    kind: str
    due_date: str | None
    done_at: str | None
    note: str


@dataclass(frozen=True)
class Deadline:
    """One line of the deadlines panel."""

    due_date: str
    case_id: int
    client_pseudonym: str
    case_kind: str
    item: str  # follow-up kind, or 'term' for a request's agreed term
    followup_id: int | None


@dataclass(frozen=True)
class CaseHistory:
    """Everything recorded about one case, read in one go: what the timeline, the
    dossierverslag and the inzage copy are made of."""

    record: CaseRecord
    entries: list[dict[str, Any]] = field(default_factory=list)  # step-7 dossier entries
    followups: list[FollowUp] = field(default_factory=list)
    results: dict[int, dict[str, Any]] = field(default_factory=dict)  # follow-up id → answer
    contacts: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # kind and hash, no content
