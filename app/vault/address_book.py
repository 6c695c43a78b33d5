"""The practice's address book (organisations and their persons) and regional agreements."""

from __future__ import annotations

import json
from typing import Any

from app.vault.repository import Repository
from app.vault.sql import clean, inserted_id, to_json

_ORG_FIELDS = ("org_type", "name", "address", "phone", "email", "notes")
_PERSON_FIELDS = ("name", "function", "phone", "email")


class AddressBook(Repository):
    def organisations(self, org_type: str = "") -> list[dict[str, Any]]:
        """The organisations of one type (or all), by name."""
        rows = self._store.db.execute(
            "SELECT id, org_type, name, address, phone, email, notes FROM organisations"
            + (" WHERE org_type = ?" if org_type else "") + " ORDER BY name",
            (org_type,) if org_type else ()).fetchall()
        return [dict(zip(("id", *_ORG_FIELDS), r, strict=True)) for r in rows]

    def save(self, org: dict[str, Any]) -> int:
        """Insert (no id) or update an organisation; returns its id."""
        values = [clean(str(org.get(f, ""))) for f in _ORG_FIELDS]
        with self._store.transaction() as db:
            self._store.log.append(db, "change", None, "adresboek")
            if org.get("id"):
                db.execute("UPDATE organisations SET org_type=?, name=?, address=?, phone=?,"
                           " email=?, notes=? WHERE id=?", (*values, int(org["id"])))
                return int(org["id"])
            cur = db.execute("INSERT INTO organisations (org_type, name, address, phone, email,"
                             " notes) VALUES (?,?,?,?,?,?)", values)
            return inserted_id(cur)

    def delete(self, org_id: int) -> None:
        """Remove an organisation and its persons."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM organisations WHERE id = ?", (org_id,))
            self._store.log.append(db, "delete", None, "adresboek")

    def persons(self, org_id: int) -> list[dict[str, Any]]:
        """The contact persons of an organisation, by name."""
        rows = self._store.db.execute("SELECT id, name, function, phone, email FROM org_persons"
                                      " WHERE org_id = ? ORDER BY name", (org_id,)).fetchall()
        return [dict(zip(("id", *_PERSON_FIELDS), r, strict=True)) for r in rows]

    def set_persons(self, org_id: int, persons: list[dict[str, Any]]) -> None:
        """Replace an organisation's persons; rows without a name are left out."""
        with self._store.transaction() as db:
            db.execute("DELETE FROM org_persons WHERE org_id = ?", (org_id,))
            db.executemany(
                "INSERT INTO org_persons (org_id, name, function, phone, email) VALUES (?,?,?,?,?)",
                [(org_id, *(clean(str(p.get(k, ""))) for k in _PERSON_FIELDS))
                 for p in persons if str(p.get("name", "")).strip()])

    def agreement(self, org_type: str) -> dict[str, Any]:
        """The regional agreement stored for an organisation type (empty when none)."""
        row = self._store.db.execute("SELECT data FROM regional_agreements WHERE org_type = ?",
                                     (org_type,)).fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def set_agreement(self, org_type: str, data: dict[str, Any]) -> None:
        """Store the regional agreement for an organisation type (replacing it)."""
        with self._store.transaction() as db:
            db.execute("INSERT INTO regional_agreements (org_type, data) VALUES (?, ?)"
                       " ON CONFLICT (org_type) DO UPDATE SET data = excluded.data",
                       (org_type, to_json(data)))
            self._store.log.append(db, "change", None, "regionale afspraak")
