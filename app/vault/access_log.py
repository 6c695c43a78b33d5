"""The access log (NEN 7513 in spirit): who did what, when, to which case.

Append-only inside the dossier (triggers refuse changes) and chained: each entry's HMAC, keyed
from the dossier key, covers the previous one, so a changed or removed entry shows. The last
entry's number and MAC are also kept beside the dossier (the head), so that entries removed
from the end show too, and so that a failed unlock, which cannot be written into a dossier that
stays locked, is noted there and moved into the log at the next unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any

from app.content.i18n import _
from app.errors import DossierError
from app.vault.anchor import seal, write_anchor
from app.vault.fsutil import atomic_write, read_json_file
from app.vault.sql import Connection, clean, now

LOG_ACTIONS = ("unlock", "unlock_failed", "read", "create", "change", "delete", "search", "pdf",
               "copy", "backup", "restore", "passphrase", "view_log")


def log_head_path(dossier: Path) -> Path:
    """Beside the dossier: the last entry's number and MAC, and failed unlocks since."""
    return dossier.with_name(dossier.name + ".log")


_HEX64 = re.compile(r"[0-9a-f]{64}")
_WHEN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
MAX_FAILED = 100


def read_head(path: Path) -> dict[str, Any]:
    """The head file's contents, validated: {'seq', 'mac', 'seal'} when present and well
    formed, 'failed' (at most MAX_FAILED timestamps), and 'malformed' when the file exists but
    is not what Deelwijzer writes. Never raises: a damaged head must not lock the user out."""
    try:
        raw = read_json_file(log_head_path(path))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {"malformed": True}
    if not isinstance(raw, dict):
        return {"malformed": True}
    head: dict[str, Any] = {}
    seq, mac, sealed = raw.get("seq"), raw.get("mac"), raw.get("seal")
    if seq is not None or mac is not None:
        if isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0 and \
                isinstance(mac, str) and _HEX64.fullmatch(mac):
            head.update(seq=seq, mac=mac)
            if isinstance(sealed, str) and _HEX64.fullmatch(sealed):
                head["seal"] = sealed
            elif sealed is not None or raw.get("v") == 2:
                head["malformed"] = True  # a seal that is there must be sound
        else:
            head["malformed"] = True
    failed = raw.get("failed", [])
    if isinstance(failed, list):
        head["failed"] = [w for w in failed if isinstance(w, str) and _WHEN.fullmatch(w)][
            -MAX_FAILED:]
    return head


def _write(path: Path, head: dict[str, Any]) -> None:
    head.pop("malformed", None)
    if not head.get("failed"):
        head.pop("failed", None)
    atomic_write(log_head_path(path), json.dumps(head).encode())


def note_failed_unlock(path: Path) -> None:
    """A wrong passphrase cannot be logged inside a dossier that stays locked: note the time
    beside it (no case data; at most MAX_FAILED); the next unlock moves it into the log."""
    if not Path(path).exists():
        return
    head = read_head(path)
    head["failed"] = [*head.get("failed", []), now()][-MAX_FAILED:]
    try:
        _write(path, head)
    except DossierError:
        pass  # the unlock failure itself is what the user must hear about


def derive_log_key(dossier_key: bytes) -> bytes:
    return hmac.new(dossier_key, b"deelwijzer/access-log/v1", hashlib.sha256).digest()


def _entry_bytes(seq: int, at: str, user: str, action: str, case_id: int | None,
                 outcome: str) -> bytes:
    return json.dumps([seq, at, user, action, case_id, outcome], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


class AccessLog:
    """The log of one open dossier. Entries are appended inside the caller's transaction
    (`append`) or in one of their own (`add`); the head is written after each commit."""

    def __init__(self, path: Path, key: bytes, db: Callable[[], Connection],
                 transaction: Callable[[], AbstractContextManager[Connection]]) -> None:
        self._path = path
        self._key = derive_log_key(key)
        self._db = db
        self._transaction = transaction
        self._pending_head: tuple[int, str] | None = None
        self.dossier_id = ""  # set by the dossier once read; the anchor is kept per id
        self.anchored = False  # copies (backups being checked) never move the anchor

    def forget_key(self) -> None:
        """On lock: nothing of the key stays in this object."""
        self._key = b""

    @property
    def key(self) -> bytes:
        """The log's own key: it MACs the entries and seals the head and the anchor."""
        return self._key

    def use_key(self, key: bytes) -> None:
        """After a key rotation the log keeps the key it was started with (kept, encrypted,
        in the dossier's meta table), so that every old entry still verifies."""
        self._key = key

    def discard_pending(self) -> None:
        """After a rollback: the entry that was appended never happened."""
        self._pending_head = None

    def exists(self) -> bool:
        """False in a dossier from before the access log (until its migration)."""
        return self._db().execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'access_log'").fetchone() is not None

    def last(self) -> tuple[int, str]:
        """The newest entry's number and MAC, (0, '') for an empty log."""
        row = self._db().execute(
            "SELECT seq, mac FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, "")

    def mac_of(self, seq: int) -> str | None:
        row = self._db().execute("SELECT mac FROM access_log WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else str(row[0])

    def append(self, db: Connection, action: str, case_id: int | None, outcome: str) -> None:
        """One entry inside the transaction `db` is in."""
        if action not in LOG_ACTIONS:
            raise ValueError(action)
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'access_log'").fetchone() is None:
            return  # during the migrations that precede the log
        last = db.execute("SELECT seq, mac FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, "")
        at = now()
        row = db.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        user = clean(str(json.loads(row[0]).get("name", ""))) if row else ""
        outcome = clean(outcome)
        mac = hmac.new(self._key, prev.encode() + _entry_bytes(
            seq, at, user, action, case_id, outcome), hashlib.sha256).hexdigest()
        db.execute("INSERT INTO access_log (seq, at, user, action, case_id, outcome, mac)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, at, user, action, case_id, outcome, mac))
        self._pending_head = (seq, mac)

    def add(self, action: str, case_id: int | None = None, outcome: str = "ok") -> None:
        """One access-log entry (read, search, pdf, copy, backup, …) in its own transaction."""
        with self._transaction() as db:
            self.append(db, action, case_id, outcome)

    def write_head(self) -> None:
        """After a commit: the newest entry's number and MAC beside the dossier."""
        if self._pending_head is None:
            return
        seq, mac = self._pending_head
        self._pending_head = None
        self.seal_head(seq, mac)

    def seal_head(self, seq: int, mac: str) -> None:
        """The head beside the dossier and, for the live dossier, the anchor outside it."""
        head = read_head(self._path)
        head.update({"v": 2, "seq": seq, "mac": mac, "seal": seal(self._key, "head", seq, mac)})
        _write(self._path, head)
        if self.anchored:
            write_anchor(self.dossier_id, self._key, seq, mac,
                         datetime.now().isoformat(timespec="minutes"), self._path)

    def unlock(self, outcome: str = "ok") -> None:
        """The unlock itself, and any failed attempts noted beside the dossier since."""
        failed = read_head(self._path).get("failed", [])
        with self._transaction() as db:
            for when in failed:
                # Noted while locked, so no one could seal it: the log says so.
                self.append(db, "unlock_failed", None,
                            f"mislukt op {when} (genoteerd naast het dossier)")
            self.append(db, "unlock", None, outcome)
        if failed:
            head = read_head(self._path)
            head.pop("failed", None)
            _write(self._path, head)

    def entries(self, case_id: int | None = None) -> list[dict[str, Any]]:
        """The log, oldest first; for one case, or for the whole dossier."""
        query = "SELECT seq, at, user, action, case_id, outcome FROM access_log"
        rows = self._db().execute(query + (" WHERE case_id = ?" if case_id is not None else "")
                                  + " ORDER BY seq", (case_id,) if case_id is not None else ())
        keys = ("seq", "at", "user", "action", "case_id", "outcome")
        return [dict(zip(keys, r, strict=True)) for r in rows.fetchall()]

    def entries_of_client(self, pseudonym: str) -> list[dict[str, Any]]:
        """The entries about any case of this client, for 'wie heeft mijn dossier ingezien'."""
        cases = {int(r[0]) for r in self._db().execute(
            "SELECT id FROM cases WHERE client_pseudonym = ?", (pseudonym,))}
        return [e for e in self.entries() if e["case_id"] in cases]

    def verify(self) -> list[str]:
        """The chain from the first entry to the head beside the dossier; problems in Dutch,
        naming the first broken entry (the head as in `head_problems`)."""
        prev, expected = "", 1
        rows = self._db().execute("SELECT seq, at, user, action, case_id, outcome, mac"
                                  " FROM access_log ORDER BY seq").fetchall()
        for seq, at, user, action, case_id, outcome, mac in rows:
            if seq != expected:
                return [_("Toegangslog: regel {n} ontbreekt (verwijderd).", n=expected)]
            good = hmac.new(self._key, prev.encode() + _entry_bytes(
                seq, at, user, action, case_id, outcome), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(good, mac):
                return [_("Toegangslog: regel {n} is gewijzigd.", n=seq)]
            prev, expected = mac, seq + 1
        return self.head_problems()

    def head_problems(self) -> list[str]:
        """The head beside the dossier against the log inside it: entries removed from the
        end (or the file put back), a different history, or a head that is not ours."""
        last, _mac = self.last()
        head = read_head(self._path)
        if head.get("malformed") or ("seal" in head and not hmac.compare_digest(
                seal(self._key, "head", head["seq"], head["mac"]), head["seal"])):
            return [_("Het logbestand naast het dossier ({name}) is gewijzigd of beschadigd.",
                      name=log_head_path(self._path).name)]
        if "seq" in head and head["seq"] > last:
            return [_("Het dossier mist de laatste {n} regel(s) van het toegangslog (regel "
                      "{first} tot {seq}): het is teruggezet naar een oudere versie, of er is "
                      "opgeslagen werk verloren gegaan.",
                      n=head["seq"] - last, first=last + 1, seq=head["seq"])]
        if "seq" in head and head["seq"] > 0 and self.mac_of(head["seq"]) != head["mac"]:
            return [_("Het toegangslog verschilt vanaf regel {seq} van het logbestand "
                      "ernaast: dit is een andere versie van het dossier.", seq=head["seq"])]
        return []
