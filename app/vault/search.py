"""The search index: FTS5 inside the encrypted file, like every other table.

A case is indexed with its pseudonym, its organisation and all its text, plus its contacts
and what came back on its follow-ups, so search as you type finds those too.
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.vault.sql import Connection, clean


def _flatten(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _flatten(v)]
    if isinstance(value, list):
        return [t for v in value for t in _flatten(v)]
    return []


def index_case(db: Connection, case_id: int, pseudonym: str, receiver: str,
               data: dict[str, Any]) -> None:
    """Replace the case's search entry with its current text."""
    db.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
    db.execute("INSERT INTO cases_fts (rowid, client_pseudonym, receiver, body) VALUES (?,?,?,?)",
               (case_id, clean(pseudonym), clean(receiver), clean("\n".join(_flatten(data)))))


def reindex(db: Connection, case_id: int) -> None:
    """The case's data plus its contacts and follow-up results, so search finds those too."""
    row = db.execute("SELECT client_pseudonym, receiver, data FROM cases WHERE id = ?",
                     (case_id,)).fetchone()
    if row is None:
        return
    extra = [r[0] for r in db.execute("SELECT text FROM contacts WHERE case_id = ?", (case_id,))]
    extra += [json.loads(r[0]) for r in db.execute(
        "SELECT result FROM followups WHERE case_id = ? AND done_at IS NOT NULL", (case_id,))]
    index_case(db, case_id, row[0], row[1], {"data": json.loads(row[2]), "extra": extra})


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must occur, as a prefix ('ver' finds 'Veilig')."""
    words = re.findall(r"\w+", text, re.UNICODE)
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
