"""The search index: FTS5 inside the encrypted file, like every other table; and the cases
list's queries over it.

A case is indexed with its pseudonym, its organisation and all its text, plus its contacts
and what came back on its follow-ups, so search as you type finds those too. The index keeps
prefixes of one, two and three letters (schema 8): 'v' is then one lookup, not a merge of the
thousands of words that start with it.

The list's queries take a connection, so that the same SQL serves the dossier's own connection
and a reader on a worker thread (app/vault/reader.py).
"""

from __future__ import annotations

import json
import re
from typing import Any

from app.records import CaseSummary
from app.vault.sql import Connection, clean

# What a row of the cases list shows; all of it is in the `cases_list` index (schema 8), so the
# list never reads a case's data, which starts on its own page and runs over onto more.
SUMMARY_COLUMNS = ("id, kind, status, client_pseudonym, receiver, updated_at, due_date,"
                   " client_name")


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


def _where(text: str, kind: str, status: str) -> tuple[str, list[Any]]:
    clauses, params = [], []
    query = fts_query(text)
    if query:
        # `+id`: the matches are not looked up case by case (for 'v' nearly all ten thousand);
        # the list's index is walked in date order and each entry tested against them, so the
        # first page is found after about as many entries as it has rows.
        clauses.append("+id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
        params.append(query)
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if status:
        clauses.append("status = ?")
        params.append(status)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def find(db: Connection, offset: int = 0, limit: int = 200, *, text: str = "", kind: str = "",
         status: str = "") -> list[CaseSummary]:
    """A page of the (filtered) cases list, newest change first, counting nothing."""
    where, params = _where(text, kind, status)
    rows = db.execute(f"SELECT {SUMMARY_COLUMNS} FROM cases{where}"
                      " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
                      [*params, limit, offset]).fetchall()
    return [CaseSummary(*r) for r in rows]


def count(db: Connection, *, text: str = "", kind: str = "", status: str = "") -> int:
    """How many cases match (every match is counted: the list asks for it after its first page)."""
    where, params = _where(text, kind, status)
    return int(db.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0])
