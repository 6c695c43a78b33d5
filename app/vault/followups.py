"""Follow-ups (what the receiver is expected to send back) and further contacts of a case."""

from __future__ import annotations

import json
from typing import Any

from app.records import FollowUp
from app.vault.cases import touch_case
from app.vault.repository import Repository
from app.vault.sql import clean, inserted_id, now, reading, to_json


class FollowUps(Repository):
    def of_case(self, case_id: int) -> list[FollowUp]:
        """The case's follow-ups: dated ones first, by due date."""
        with reading(self._store.path):
            rows = self._store.db.execute(
                "SELECT id, case_id, kind, due_date, done_at, note FROM followups"
                " WHERE case_id = ? ORDER BY due_date IS NULL, due_date, id",
                (case_id,),
            ).fetchall()
        return [FollowUp(*r) for r in rows]

    def complete(self, followup_id: int, done_on: str, result: dict[str, Any]) -> None:
        """Register what came back; the case's deadline moves to its next open follow-up."""
        with self._store.transaction() as db:
            row = db.execute("SELECT case_id FROM followups WHERE id = ?",
                             (followup_id,)).fetchone()
            if row is None:
                raise KeyError(followup_id)
            db.execute("UPDATE followups SET done_at = ?, result = ? WHERE id = ?",
                       (done_on, to_json(result), followup_id))
            touch_case(db, int(row[0]))
            self._store.log.append(db, "change", int(row[0]), "vervolg")

    def result(self, followup_id: int) -> dict[str, Any]:
        """What came back on a follow-up (empty until it is registered)."""
        with reading(self._store.path):
            row = self._store.db.execute("SELECT result FROM followups WHERE id = ?",
                                         (followup_id,)).fetchone()
        if row is None:
            raise KeyError(followup_id)
        return dict(json.loads(row[0]))


class Contacts(Repository):
    def add(self, case_id: int, date: str, kind: str, text: str) -> int:
        """A further contact about the case (7.melder.5), for the timeline and the record."""
        with self._store.transaction() as db:
            cur = db.execute(
                "INSERT INTO contacts (case_id, date, kind, text, created_at) VALUES (?,?,?,?,?)",
                (case_id, clean(date), kind, clean(text), now()))
            touch_case(db, case_id)
            self._store.log.append(db, "change", case_id, "contact")
            return inserted_id(cur)

    def of_case(self, case_id: int) -> list[dict[str, Any]]:
        """The case's further contacts, by date."""
        with reading(self._store.path):
            rows = self._store.db.execute(
                "SELECT id, date, kind, text, created_at FROM contacts WHERE case_id = ?"
                " ORDER BY date, id", (case_id,)).fetchall()
        return [dict(zip(("id", "date", "kind", "text", "created_at"), r, strict=True))
                for r in rows]
