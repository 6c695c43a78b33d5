"""Cases and their drafts, step-7 dossier entries and the record of produced documents."""

from __future__ import annotations

import json
from typing import Any

from app.records import CaseRecord, CaseSummary, Deadline
from app.vault import search
from app.vault.repository import Repository
from app.vault.search import index_case, reindex
from app.vault.sql import Connection, clean, inserted_id, now, reading, to_json


def touch_case(db: Connection, case_id: int) -> None:
    """After a change to what belongs to a case: the last change starts the WGBO retention
    period; a finished case's deadline is its next open follow-up; search sees the change."""
    # '+done_at', '+due_date': the case's own follow-ups by followups_case; left to itself
    # SQLite chose followups_open and read every open follow-up of the dossier, each time a
    # follow-up was completed or a contact added (a cost that grew with twenty years of cases).
    db.execute(
        "UPDATE cases SET updated_at = ?, due_date = (SELECT min(due_date) FROM followups"
        " WHERE case_id = ? AND +done_at IS NULL AND +due_date IS NOT NULL)"
        " WHERE id = ? AND status = 'afgerond'", (now(), case_id, case_id))
    db.execute("UPDATE cases SET updated_at = ? WHERE id = ? AND status = 'concept'",
               (now(), case_id))
    reindex(db, case_id)


class Cases(Repository):
    def create(self, kind: str, data: dict[str, Any], client_pseudonym: str = "",
               client_name: str = "") -> int:
        """A new case in status 'concept' (a draft)."""
        stamp = now()
        with self._store.transaction() as db:
            cur = db.execute(
                "INSERT INTO cases (kind, status, client_pseudonym, client_name, created_at,"
                " updated_at, data) VALUES (?, 'concept', ?, ?, ?, ?, ?)",
                (kind, clean(client_pseudonym), clean(client_name), stamp, stamp,
                 to_json(data)),
            )
            case_id = inserted_id(cur)
            index_case(db, case_id, client_pseudonym, "", data)
            self._store.log.append(db, "create", case_id, "ok")
            return case_id

    def save_draft(
        self,
        case_id: int,
        data: dict[str, Any],
        *,
        client_pseudonym: str,
        receiver: str = "",
        page: str = "",
        due_date: str | None = None,
        client_name: str = "",
    ) -> None:
        """Replace the draft data of a case that is still a concept."""
        with self._store.transaction() as db:
            cur = db.execute(
                "UPDATE cases SET data = ?, client_pseudonym = ?, client_name = ?, receiver = ?,"
                " page = ?, due_date = ?, updated_at = ? WHERE id = ? AND status = 'concept'",
                (to_json(data), clean(client_pseudonym), clean(client_name), clean(receiver),
                 page, due_date, now(), case_id),
            )
            if cur.rowcount != 1:
                raise KeyError(case_id)
            index_case(db, case_id, client_pseudonym, receiver, data)
            self._store.log.append(db, "change", case_id, "concept")

    def get(self, case_id: int) -> CaseRecord:
        """One whole case; KeyError when it does not exist (or was deleted)."""
        with reading(self._store.path):
            row = self._store.db.execute(
                "SELECT id, kind, status, client_pseudonym, created_at, updated_at, page, data"
                " FROM cases WHERE id = ?",
                (case_id,),
            ).fetchone()
        if row is None:
            raise KeyError(case_id)
        case_id, kind, status, pseudonym, created_at, updated_at, page, data = row
        return CaseRecord(case_id, kind, status, pseudonym, created_at, updated_at, page,
                          json.loads(data))

    def count(self, text: str = "", kind: str = "", status: str = "") -> int:
        """How many cases match; search runs in SQL (FTS5), filters by kind and status."""
        with reading(self._store.path):
            return search.count(self._store.db, text=text, kind=kind, status=status)

    def summaries(self, offset: int = 0, limit: int = 200, *, text: str = "",
                  kind: str = "", status: str = "") -> list[CaseSummary]:
        """A page of the (filtered) cases list, newest change first; loaded on demand."""
        with reading(self._store.path):
            return search.find(self._store.db, offset, limit, text=text, kind=kind,
                               status=status)

    def finish(
        self,
        case_id: int,
        data: dict[str, Any],
        *,
        client_pseudonym: str,
        receiver: str,
        entry_kind: str,
        entry: dict[str, Any],
        followups: list[tuple[str, str | None, str]],
        client_name: str = "",
    ) -> int:
        """Store the final data, the dossier entry and the follow-up items in one transaction."""
        stamp = now()
        dues = sorted(due for _kind, due, _note in followups if due)
        with self._store.transaction() as db:
            cur = db.execute(
                "UPDATE cases SET data = ?, client_pseudonym = ?, client_name = ?, receiver = ?,"
                " page = '', status = 'afgerond', due_date = ?, updated_at = ?"
                " WHERE id = ? AND status = 'concept'",
                (to_json(data), clean(client_pseudonym), clean(client_name), clean(receiver),
                 dues[0] if dues else None, stamp, case_id),
            )
            if cur.rowcount != 1:
                raise KeyError(case_id)
            index_case(db, case_id, client_pseudonym, receiver, data)
            self._store.log.append(db, "change", case_id, "afgerond")
            cur = db.execute(
                "INSERT INTO dossier_entries (case_id, created_at, kind, data) VALUES (?,?,?,?)",
                (case_id, stamp, entry_kind, to_json(entry)),
            )
            entry_id = inserted_id(cur)
            db.executemany(
                "INSERT INTO followups (case_id, kind, due_date, note) VALUES (?, ?, ?, ?)",
                [(case_id, kind, due, note) for kind, due, note in followups],
            )
            return entry_id

    def entries(self, case_id: int) -> list[dict[str, Any]]:
        """The case's step-7 dossier entries, oldest first."""
        with reading(self._store.path):
            rows = self._store.db.execute(
                "SELECT id, created_at, kind, data FROM dossier_entries WHERE case_id = ?"
                " ORDER BY id", (case_id,)).fetchall()
        return [{"id": r[0], "created_at": r[1], "kind": r[2], **json.loads(r[3])} for r in rows]

    def documents(self, case_id: int) -> list[dict[str, Any]]:
        """The documents produced for the case: when, which kind, their hash."""
        with reading(self._store.path):
            rows = self._store.db.execute(
                "SELECT id, created_at, kind, sha256 FROM documents WHERE case_id = ?"
                " ORDER BY id", (case_id,)).fetchall()
        return [dict(zip(("id", "created_at", "kind", "sha256"), r, strict=True)) for r in rows]

    def record_document(self, case_id: int, kind: str, sha256: str) -> None:
        """Remember that a document was produced (its hash, not its content)."""
        with self._store.transaction() as db:
            db.execute(
                "INSERT INTO documents (case_id, created_at, kind, sha256) VALUES (?, ?, ?, ?)",
                (case_id, now(), kind, sha256),
            )
            self._store.log.append(db, "pdf", case_id, kind)

    def deadlines(self, limit: int = 100) -> list[Deadline]:
        """What is due: open follow-ups with a date and the terms of unfinished requests."""
        with reading(self._store.path):
            return self._deadlines(limit)

    def overdue_count(self, today: str) -> int:
        """How many of the deadlines fell before `today` (ISO date), without reading them."""
        with reading(self._store.path):
            return int(self._store.db.execute(
                "SELECT (SELECT count(*) FROM followups WHERE done_at IS NULL AND due_date < ?)"
                " + (SELECT count(*) FROM cases WHERE status = 'concept' AND due_date < ?)",
                (today, today)).fetchone()[0])

    def _deadlines(self, limit: int) -> list[Deadline]:
        rows = self._store.db.execute(
            "SELECT f.due_date, c.id, c.client_pseudonym, c.kind, f.kind, f.id FROM followups f"
            " JOIN cases c ON c.id = f.case_id WHERE f.done_at IS NULL AND f.due_date IS NOT NULL"
            " UNION ALL"
            " SELECT due_date, id, client_pseudonym, kind, 'term', NULL FROM cases"
            " WHERE status = 'concept' AND due_date IS NOT NULL"
            " ORDER BY 1 LIMIT ?", (limit,)).fetchall()
        return [Deadline(*r) for r in rows]

    def delete(self, case_id: int, reason: str) -> None:
        """Destroy a case on the client's request (WGBO: answered within a month): its data,
        entries, follow-ups, contacts, document records and search entry. secure_delete zeroes
        the freed pages; the rollback journal holds only encrypted page images and is removed
        at the commit."""
        if not reason.strip():
            raise ValueError("a reason is required")
        with self._store.transaction() as db:
            if db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise KeyError(case_id)
            db.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # cascades
            self._store.log.append(db, "delete", case_id, clean(reason.strip()))

    def client_pseudonyms(self) -> list[str]:
        """Every client in the dossier, for choosing whose copy to make."""
        rows = self._store.db.execute("SELECT DISTINCT client_pseudonym FROM cases"
                                      " WHERE client_pseudonym != '' ORDER BY 1").fetchall()
        return [str(r[0]) for r in rows]

    def of_client(self, pseudonym: str) -> list[int]:
        """The client's finished cases, oldest first."""
        rows = self._store.db.execute("SELECT id FROM cases WHERE client_pseudonym = ?"
                                      " AND status = 'afgerond' ORDER BY id",
                                      (pseudonym,)).fetchall()
        return [int(r[0]) for r in rows]
