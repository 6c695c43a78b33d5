"""Records of inzage copies: who asked, how many items, what was screened off and why.

The copy's text itself is never stored again: it is made from the dossier when asked.
"""

from __future__ import annotations

import json
from typing import Any

from app.vault.repository import Repository
from app.vault.sql import clean, inserted_id, now, to_json


class InzageLog(Repository):
    def record(self, pseudonym: str, data: dict[str, Any]) -> int:
        """Remember an inzage copy: who asked, what was screened and why (not the text)."""
        with self._store.transaction() as db:
            cur = db.execute("INSERT INTO inzage (client_pseudonym, created_at, data)"
                             " VALUES (?, ?, ?)",
                             (clean(pseudonym), now(), to_json(data)))
            return inserted_id(cur)

    def records(self, pseudonym: str) -> list[dict[str, Any]]:
        """The client's inzage records, oldest first."""
        rows = self._store.db.execute("SELECT id, created_at, data FROM inzage"
                                      " WHERE client_pseudonym = ? ORDER BY id",
                                      (pseudonym,)).fetchall()
        return [{"id": r[0], "created_at": r[1], **json.loads(r[2])} for r in rows]
