"""The encrypted dossier: one SQLCipher file, keyed with a random raw key from the envelope."""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from app.content.i18n import _
from app.errors import (
    DiskFull,
    DossierDamaged,
    DossierError,
    DossierExists,
    DossierMissing,
    DossierTooNew,
    LocationNotWritable,
    NotADossier,
)
from app.vault import keys
from app.vault.fsutil import ensure_folder
from app.vault.keys import KdfParams, KeyEnvelope
from app.vault.paths import envelope_path

Connection = sqlcipher3.Connection
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    """JSON for the data columns. ASCII-escaped, so any Python text survives, even an unpaired
    surrogate from a pasted fragment, which UTF-8 cannot encode."""
    return json.dumps(value, ensure_ascii=True)


def _clean(text: str) -> str:
    """Plain-text columns: an unpaired surrogate becomes U+FFFD instead of failing the write."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


# --- schema ---------------------------------------------------------------------------------
# Each migration brings the schema from version i to i+1, in its own transaction. Never edit a
# released migration; append a new one.


def _execute_script(db: Connection, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in migration")


def _migrate_1(db: Connection) -> None:
    _execute_script(db,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE profile (
            id   INTEGER PRIMARY KEY CHECK (id = 1),
            data TEXT NOT NULL
        );
        CREATE TABLE cases (
            id               INTEGER PRIMARY KEY,
            kind             TEXT NOT NULL,
            status           TEXT NOT NULL CHECK (status IN ('concept', 'afgerond')),
            client_pseudonym TEXT NOT NULL DEFAULT '',
            receiver         TEXT NOT NULL DEFAULT '',
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            page             TEXT NOT NULL DEFAULT '',
            data             TEXT NOT NULL
        );
        CREATE INDEX cases_updated ON cases (updated_at DESC);
        CREATE TABLE dossier_entries (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            kind       TEXT NOT NULL,
            data       TEXT NOT NULL
        );
        CREATE INDEX entries_case ON dossier_entries (case_id);
        CREATE TABLE followups (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            kind       TEXT NOT NULL,
            due_date   TEXT,
            done_at    TEXT,
            note       TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX followups_case ON followups (case_id);
        CREATE TABLE documents (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            kind       TEXT NOT NULL,
            sha256     TEXT NOT NULL
        );
        """
    )


def _migrate_2(db: Connection) -> None:
    # The date a case needs attention (a request's term, the first open follow-up), so the
    # cases list can show and sort deadlines without reading every case's data.
    _execute_script(db, """
        ALTER TABLE cases ADD COLUMN due_date TEXT;
        CREATE INDEX cases_due ON cases (due_date);
    """)


def _migrate_3(db: Connection) -> None:
    # Search over pseudonym, organisation and all case text (FTS5 lives inside the encrypted
    # file like every other table); what came back on a follow-up; further contacts.
    _execute_script(db, """
        CREATE VIRTUAL TABLE cases_fts USING fts5(
            client_pseudonym, receiver, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        ALTER TABLE followups ADD COLUMN result TEXT NOT NULL DEFAULT '{}';
        CREATE TABLE contacts (
            id         INTEGER PRIMARY KEY,
            case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            date       TEXT NOT NULL,
            kind       TEXT NOT NULL,
            text       TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX contacts_case ON contacts (case_id);
        CREATE INDEX followups_open ON followups (done_at, due_date);
    """)
    for case_id, pseudonym, receiver, data in db.execute(
            "SELECT id, client_pseudonym, receiver, data FROM cases").fetchall():
        _index_case(db, case_id, pseudonym, receiver, json.loads(data))


def _flatten(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _flatten(v)]
    if isinstance(value, list):
        return [t for v in value for t in _flatten(v)]
    return []


def _index_case(db: Connection, case_id: int, pseudonym: str, receiver: str,
                data: dict[str, Any]) -> None:
    db.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
    db.execute("INSERT INTO cases_fts (rowid, client_pseudonym, receiver, body) VALUES (?,?,?,?)",
               (case_id, _clean(pseudonym), _clean(receiver), _clean("\n".join(_flatten(data)))))


def _reindex(db: Connection, case_id: int) -> None:
    """The case's data plus its contacts and follow-up results, so search finds those too."""
    row = db.execute("SELECT client_pseudonym, receiver, data FROM cases WHERE id = ?",
                     (case_id,)).fetchone()
    if row is None:
        return
    extra = [r[0] for r in db.execute("SELECT text FROM contacts WHERE case_id = ?", (case_id,))]
    extra += [json.loads(r[0]) for r in db.execute(
        "SELECT result FROM followups WHERE case_id = ? AND done_at IS NOT NULL", (case_id,))]
    _index_case(db, case_id, row[0], row[1], {"data": json.loads(row[2]), "extra": extra})


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must occur, as a prefix ('ver' finds 'Veilig')."""
    words = re.findall(r"\w+", text, re.UNICODE)
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _migrate_4(db: Connection) -> None:
    # Copies made for a client's right of access, with what was screened off and why.
    _execute_script(db, """
        CREATE TABLE inzage (
            id               INTEGER PRIMARY KEY,
            client_pseudonym TEXT NOT NULL,
            created_at       TEXT NOT NULL,
            data             TEXT NOT NULL
        );
    """)


def _migrate_5(db: Connection) -> None:
    # The practice's address book and its regional agreements per organisation type.
    _execute_script(db, """
        CREATE TABLE organisations (
            id       INTEGER PRIMARY KEY,
            org_type TEXT NOT NULL,
            name     TEXT NOT NULL,
            address  TEXT NOT NULL DEFAULT '',
            phone    TEXT NOT NULL DEFAULT '',
            email    TEXT NOT NULL DEFAULT '',
            notes    TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE org_persons (
            id       INTEGER PRIMARY KEY,
            org_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            name     TEXT NOT NULL,
            function TEXT NOT NULL DEFAULT '',
            phone    TEXT NOT NULL DEFAULT '',
            email    TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE regional_agreements (
            org_type TEXT PRIMARY KEY,
            data     TEXT NOT NULL
        );
    """)


def _migrate_6(db: Connection) -> None:
    # The access log (NEN 7513 in spirit): append-only, each entry chained to the previous one
    # by an HMAC keyed from the dossier key. The triggers refuse changes; the chain shows them.
    _execute_script(db, """
        CREATE TABLE access_log (
            seq     INTEGER PRIMARY KEY,
            at      TEXT NOT NULL,
            user    TEXT NOT NULL,
            action  TEXT NOT NULL,
            case_id INTEGER,
            outcome TEXT NOT NULL,
            mac     TEXT NOT NULL
        );
        CREATE INDEX access_log_case ON access_log (case_id);
        CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END;
        CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END;
    """)


MIGRATIONS: list[Callable[[Connection], None]] = [_migrate_1, _migrate_2, _migrate_3,
                                                  _migrate_4, _migrate_5, _migrate_6]

LOG_ACTIONS = ("unlock", "unlock_failed", "read", "create", "change", "delete", "search", "pdf",
               "copy", "backup", "restore", "passphrase", "view_log")


def log_head_path(dossier: Path) -> Path:
    """Beside the dossier: the last entry's number and MAC, and failed unlocks since."""
    return dossier.with_name(dossier.name + ".log")


def _read_head(path: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(log_head_path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return {}


def note_failed_unlock(path: Path) -> None:
    """A wrong passphrase cannot be logged inside a dossier that stays locked: note the time
    beside it (no case data); the next unlock moves it into the log."""
    from app.vault.fsutil import atomic_write

    if not Path(path).exists():
        return
    head = _read_head(path)
    head.setdefault("failed", []).append(_now())
    head["failed"] = head["failed"][-100:]
    try:
        atomic_write(log_head_path(path), json.dumps(head).encode())
    except DossierError:
        pass  # the unlock failure itself is what the user must hear about
SCHEMA_VERSION = len(MIGRATIONS)


# --- records --------------------------------------------------------------------------------


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


# --- opening --------------------------------------------------------------------------------


def _key_connection(path: Path, key: bytes) -> Connection:
    db = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher otherwise prints decryption failures to stderr; we report them ourselves.
    db.execute("PRAGMA cipher_log_level = NONE")
    # PRAGMA takes no bound parameters. The key is random bytes rendered as hex digits, never
    # user text, so nothing a user types can reach this statement.
    db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    db.execute("PRAGMA cipher_memory_security = ON")
    return db


def _configure(db: Connection) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")


def _translate_os_error(exc: sqlcipher3.Error) -> DossierError | None:
    # SQLITE_FULL on ENOSPC; SQLITE_IOERR when the file may not grow (EFBIG) or the disk went.
    text = str(exc).lower()
    if "full" in text or "too big" in text or "disk i/o error" in text:
        return DiskFull()
    return None


class Dossier:
    """An open, unlocked dossier. Close it to lock."""

    def __init__(self, path: Path, db: Connection, envelope: KeyEnvelope,
                 key: bytes = b"") -> None:
        self.path = path
        self._db: Connection | None = db
        self.envelope = envelope
        self._key = key  # for a consistent backup through a second connection
        self._pending_head: tuple[int, str] | None = None

    # lifecycle ------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: KdfParams | None = None) -> Dossier:
        """A new, empty dossier at `path`, and its envelope beside it."""
        kdf = kdf or keys.DEFAULT_KDF
        path = Path(path)
        env_path = envelope_path(path)
        if path.exists() or env_path.exists():
            raise DossierExists(str(path))
        ensure_folder(path.parent)
        key = KeyEnvelope.new_key()
        envelope = KeyEnvelope.create(passphrase, key, kdf)
        dossier: Dossier | None = None
        try:
            db = _key_connection(path, key)
            dossier = cls(path, db, envelope, key)
            _configure(db)
            if os.name == "posix":
                os.chmod(path, 0o600)
            dossier._migrate()
            dossier._set_meta("dossier_id", envelope.dossier_id)
            dossier._set_meta("created_at", _now())
            # The envelope is written last: a dossier without one cannot be opened, so a crash
            # before this point leaves nothing that looks usable.
            envelope.write(env_path)
        except BaseException as exc:
            if dossier is not None and dossier._db is not None:
                dossier._db.close()
                dossier._db = None
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, sqlcipher3.OperationalError):
                raise LocationNotWritable(str(path), str(exc)) from None
            raise
        return dossier

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Dossier:
        """Unlock an existing dossier. Raises a DossierError with a Dutch message."""
        path = Path(path)
        if not path.exists():
            raise DossierMissing(str(path))
        if path.is_dir():
            raise NotADossier(str(path), _("Dit is een map, geen bestand."))
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head == PLAIN_SQLITE_HEADER:
            raise NotADossier(str(path), _("Het is een onversleutelde database."))
        if len(head) < 16:
            raise NotADossier(str(path), _("Het bestand is leeg of te kort."))
        env_path = envelope_path(path)
        if not env_path.exists():
            raise NotADossier(
                str(path), _("Het sleutelbestand {name} ontbreekt.", name=env_path.name)
            )
        envelope = KeyEnvelope.read(env_path)
        try:
            key = envelope.unwrap(passphrase)  # WrongPassphrase before the file is touched
        except DossierError:
            note_failed_unlock(path)
            raise
        dossier = cls._open_with_key(path, key, envelope)
        dossier.log_unlock()
        dossier._raise_kdf_if_weak(passphrase)
        return dossier

    def _raise_kdf_if_weak(self, passphrase: str) -> None:
        """A slot made with a lower Argon2 cost than today's default is rewrapped now, while the
        passphrase is at hand (atomically; a failure leaves the old, working envelope)."""
        current = keys.DEFAULT_KDF
        weak = [s for s in self.envelope.slots if s.kind == "passphrase" and (
            s.kdf.time_cost < current.time_cost or s.kdf.memory_cost < current.memory_cost)]
        if not weak:
            return
        envelope = KeyEnvelope(dossier_id=self.envelope.dossier_id)
        envelope.slots = [s for s in self.envelope.slots if s.kind != "passphrase"]
        envelope.add_slot("passphrase", keys.normalise_passphrase(passphrase), self._key, current)
        try:
            envelope.write(envelope_path(self.path))
        except DossierError:
            return  # the old envelope still opens the dossier; try again next time
        self.envelope = envelope

    @classmethod
    def _open_with_key(cls, path: Path, key: bytes, envelope: KeyEnvelope) -> Dossier:
        db = _key_connection(path, key)
        try:
            # Read everything before any write PRAGMA: a damaged file must not be written to.
            # SQLCipher's page HMACs and SQLite's quick_check tell damage from a wrong key.
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = db.execute("PRAGMA user_version").fetchone()[0]
            damaged = [r[0] for r in db.execute("PRAGMA cipher_integrity_check")]
            damaged += [r[0] for r in db.execute("PRAGMA quick_check") if r[0] != "ok"]
        except sqlcipher3.DatabaseError:
            db.close()
            raise DossierDamaged(str(path)) from None
        if damaged:
            db.close()
            raise DossierDamaged(str(path))
        if version > SCHEMA_VERSION:
            db.close()
            raise DossierTooNew(version, SCHEMA_VERSION)
        _configure(db)
        dossier = cls(path, db, envelope, key)
        stored_id = dossier._get_meta("dossier_id") if version >= 1 else None
        # An empty id: opened with the recovery code while the envelope is lost.
        if stored_id is not None and envelope.dossier_id and stored_id != envelope.dossier_id:
            dossier.close()
            raise NotADossier(str(path), _("Het sleutelbestand hoort bij een ander dossier."))
        dossier._migrate()
        return dossier

    def close(self) -> None:
        """Checkpoint and close; afterwards nothing of the dossier is in this object."""
        if self._db is not None:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._db.close()
                self._db = None
                self._key = b""

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def db(self) -> Connection:
        if self._db is None:
            raise RuntimeError("dossier is locked")
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; a full disk becomes DiskFull and nothing is half-written."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except sqlcipher3.Error as exc:
            db.execute("ROLLBACK")
            translated = _translate_os_error(exc)
            if translated is not None:
                raise translated from None
            raise
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            try:
                db.execute("COMMIT")
                self._write_head()
            except sqlcipher3.Error as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                translated = _translate_os_error(exc)
                if translated is not None:
                    raise translated from None
                raise
            except OSError as exc:  # pragma: no cover - platform dependent
                if exc.errno == errno.ENOSPC:
                    raise DiskFull() from None
                raise

    def _migrate(self) -> None:
        db = self.db
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                MIGRATIONS[target - 1](db)
                # user_version is set inside the same transaction: bumped only on success.
                db.execute(f"PRAGMA user_version = {int(target)}")

    # access log ------------------------------------------------------------------------------

    def _log_key(self) -> bytes:
        return hmac.new(self._key, b"deelwijzer/access-log/v1", hashlib.sha256).digest()

    @staticmethod
    def _entry_bytes(seq: int, at: str, user: str, action: str, case_id: int | None,
                     outcome: str) -> bytes:
        return json.dumps([seq, at, user, action, case_id, outcome], ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")

    def _append_log(self, db: Connection, action: str, case_id: int | None,
                    outcome: str) -> None:
        if action not in LOG_ACTIONS:
            raise ValueError(action)
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'access_log'").fetchone() is None:
            return  # during the migrations that precede the log
        last = db.execute("SELECT seq, mac FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, "")
        at = _now()
        row = db.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        user = _clean(str(json.loads(row[0]).get("name", ""))) if row else ""
        outcome = _clean(outcome)
        mac = hmac.new(self._log_key(), prev.encode() + self._entry_bytes(
            seq, at, user, action, case_id, outcome), hashlib.sha256).hexdigest()
        db.execute("INSERT INTO access_log (seq, at, user, action, case_id, outcome, mac)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, at, user, action, case_id, outcome, mac))
        self._pending_head = (seq, mac)

    def log(self, action: str, case_id: int | None = None, outcome: str = "ok") -> None:
        """One access-log entry (read, search, pdf, copy, backup, …) in its own transaction."""
        with self.transaction() as db:
            self._append_log(db, action, case_id, outcome)

    def _write_head(self) -> None:
        if self._pending_head is None:
            return
        from app.vault.fsutil import atomic_write

        seq, mac = self._pending_head
        self._pending_head = None
        head = _read_head(self.path)
        head.update({"seq": seq, "mac": mac})
        atomic_write(log_head_path(self.path), json.dumps(head).encode())

    def log_unlock(self) -> None:
        """The unlock itself, and any failed attempts noted beside the dossier since."""
        failed = _read_head(self.path).get("failed", [])
        with self.transaction() as db:
            for when in failed:
                self._append_log(db, "unlock_failed", None, f"mislukt op {when}")
            self._append_log(db, "unlock", None, "ok")
        if failed:
            from app.vault.fsutil import atomic_write

            head = _read_head(self.path)
            head.pop("failed", None)
            atomic_write(log_head_path(self.path), json.dumps(head).encode())

    def access_log(self, case_id: int | None = None) -> list[dict[str, Any]]:
        """The log, oldest first; for one case, or for the whole dossier."""
        query = "SELECT seq, at, user, action, case_id, outcome FROM access_log"
        rows = self.db.execute(query + (" WHERE case_id = ?" if case_id is not None else "")
                               + " ORDER BY seq", (case_id,) if case_id is not None else ())
        keys = ("seq", "at", "user", "action", "case_id", "outcome")
        return [dict(zip(keys, r, strict=True)) for r in rows.fetchall()]

    def verify_log(self) -> list[str]:
        """The chain from the first entry to the head beside the dossier; problems in Dutch,
        naming the first broken entry."""
        key = self._log_key()
        prev, expected = "", 1
        rows = self.db.execute("SELECT seq, at, user, action, case_id, outcome, mac"
                               " FROM access_log ORDER BY seq").fetchall()
        for seq, at, user, action, case_id, outcome, mac in rows:
            if seq != expected:
                return [_("Toegangslog: regel {n} ontbreekt (verwijderd).", n=expected)]
            good = hmac.new(key, prev.encode() + self._entry_bytes(
                seq, at, user, action, case_id, outcome), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(good, mac):
                return [_("Toegangslog: regel {n} is gewijzigd.", n=seq)]
            prev, expected = mac, seq + 1
        head = _read_head(self.path)
        last = rows[-1][0] if rows else 0
        if "seq" in head and int(head["seq"]) > last:
            return [_("Toegangslog: de laatste regels ontbreken (tot regel {n}).",
                      n=head["seq"])]
        if "seq" in head and int(head["seq"]) == last and rows and head.get("mac") != prev:
            return [_("Toegangslog: regel {n} is gewijzigd.", n=last)]
        return []

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # meta and profile -------------------------------------------------------------------------

    def _set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def _get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def profile(self) -> dict[str, Any]:
        """The clinician's and practice's details for letterheads (empty dict when unset)."""
        row = self.db.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def set_profile(self, data: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO profile (id, data) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                (_json(data),),
            )
            self._append_log(db, "change", None, "praktijkgegevens")

    # cases ------------------------------------------------------------------------------------

    def create_case(self, kind: str, data: dict[str, Any], client_pseudonym: str = "") -> int:
        """A new case in status 'concept' (a draft)."""
        now = _now()
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO cases (kind, status, client_pseudonym, created_at, updated_at, data)"
                " VALUES (?, 'concept', ?, ?, ?, ?)",
                (kind, _clean(client_pseudonym), now, now, _json(data)),
            )
            case_id = int(cur.lastrowid)
            _index_case(db, case_id, client_pseudonym, "", data)
            self._append_log(db, "create", case_id, "ok")
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
    ) -> None:
        """Replace the draft data of a case that is still a concept."""
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE cases SET data = ?, client_pseudonym = ?, receiver = ?, page = ?,"
                " due_date = ?, updated_at = ? WHERE id = ? AND status = 'concept'",
                (
                    _json(data),
                    _clean(client_pseudonym),
                    _clean(receiver),
                    page,
                    due_date,
                    _now(),
                    case_id,
                ),
            )
            if cur.rowcount != 1:
                raise KeyError(case_id)
            _index_case(db, case_id, client_pseudonym, receiver, data)
            self._append_log(db, "change", case_id, "concept")

    def case(self, case_id: int) -> CaseRecord:
        row = self.db.execute(
            "SELECT id, kind, status, client_pseudonym, created_at, updated_at, page, data"
            " FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise KeyError(case_id)
        return CaseRecord(*row[:7], data=json.loads(row[7]))

    @staticmethod
    def _filter(text: str, kind: str, status: str) -> tuple[str, list[Any]]:
        clauses, params = [], []
        query = fts_query(text)
        if query:
            clauses.append("id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(query)
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        if status:
            clauses.append("status = ?")
            params.append(status)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count_cases(self, text: str = "", kind: str = "", status: str = "") -> int:
        """How many cases match; search runs in SQL (FTS5), filters by kind and status."""
        where, params = self._filter(text, kind, status)
        return int(self.db.execute(f"SELECT count(*) FROM cases{where}", params).fetchone()[0])

    def case_summaries(self, offset: int = 0, limit: int = 200, *, text: str = "",
                       kind: str = "", status: str = "") -> list[CaseSummary]:
        """A page of the (filtered) cases list, newest change first; loaded on demand."""
        where, params = self._filter(text, kind, status)
        rows = self.db.execute(
            "SELECT id, kind, status, client_pseudonym, receiver, updated_at, due_date FROM cases"
            f"{where} ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [CaseSummary(*r) for r in rows]

    def finish_case(
        self,
        case_id: int,
        data: dict[str, Any],
        *,
        client_pseudonym: str,
        receiver: str,
        entry_kind: str,
        entry: dict[str, Any],
        followups: list[tuple[str, str | None, str]],
    ) -> int:
        """Store the final data, the dossier entry and the follow-up items in one transaction."""
        now = _now()
        dues = sorted(due for _kind, due, _note in followups if due)
        with self.transaction() as db:
            cur = db.execute(
                "UPDATE cases SET data = ?, client_pseudonym = ?, receiver = ?, page = '',"
                " status = 'afgerond', due_date = ?, updated_at = ?"
                " WHERE id = ? AND status = 'concept'",
                (_json(data), _clean(client_pseudonym), _clean(receiver),
                 dues[0] if dues else None, now, case_id),
            )
            if cur.rowcount != 1:
                raise KeyError(case_id)
            _index_case(db, case_id, client_pseudonym, receiver, data)
            self._append_log(db, "change", case_id, "afgerond")
            cur = db.execute(
                "INSERT INTO dossier_entries (case_id, created_at, kind, data) VALUES (?,?,?,?)",
                (case_id, now, entry_kind, _json(entry)),
            )
            entry_id = int(cur.lastrowid)
            db.executemany(
                "INSERT INTO followups (case_id, kind, due_date, note) VALUES (?, ?, ?, ?)",
                [(case_id, kind, due, note) for kind, due, note in followups],
            )
            return entry_id

    def dossier_entries(self, case_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, created_at, kind, data FROM dossier_entries WHERE case_id = ? ORDER BY id",
            (case_id,),
        ).fetchall()
        return [{"id": r[0], "created_at": r[1], "kind": r[2], **json.loads(r[3])} for r in rows]

    def followups(self, case_id: int) -> list[FollowUp]:
        rows = self.db.execute(
            "SELECT id, case_id, kind, due_date, done_at, note FROM followups"
            " WHERE case_id = ? ORDER BY due_date IS NULL, due_date, id",
            (case_id,),
        ).fetchall()
        return [FollowUp(*r) for r in rows]

    def complete_followup(self, followup_id: int, done_on: str, result: dict[str, Any]) -> None:
        """Register what came back; the case's deadline moves to its next open follow-up."""
        with self.transaction() as db:
            row = db.execute("SELECT case_id FROM followups WHERE id = ?",
                             (followup_id,)).fetchone()
            if row is None:
                raise KeyError(followup_id)
            db.execute("UPDATE followups SET done_at = ?, result = ? WHERE id = ?",
                       (done_on, _json(result), followup_id))
            self._touch(db, int(row[0]))
            self._append_log(db, "change", int(row[0]), "vervolg")

    def followup_result(self, followup_id: int) -> dict[str, Any]:
        row = self.db.execute("SELECT result FROM followups WHERE id = ?",
                              (followup_id,)).fetchone()
        if row is None:
            raise KeyError(followup_id)
        return dict(json.loads(row[0]))

    def add_contact(self, case_id: int, date: str, kind: str, text: str) -> int:
        """A further contact about the case (7.melder.5), for the timeline and the record."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO contacts (case_id, date, kind, text, created_at) VALUES (?,?,?,?,?)",
                (case_id, _clean(date), kind, _clean(text), _now()))
            self._touch(db, case_id)
            self._append_log(db, "change", case_id, "contact")
            return int(cur.lastrowid)

    def contacts(self, case_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, date, kind, text, created_at FROM contacts WHERE case_id = ?"
            " ORDER BY date, id", (case_id,)).fetchall()
        return [dict(zip(("id", "date", "kind", "text", "created_at"), r, strict=True))
                for r in rows]

    def documents(self, case_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, created_at, kind, sha256 FROM documents WHERE case_id = ? ORDER BY id",
            (case_id,)).fetchall()
        return [dict(zip(("id", "created_at", "kind", "sha256"), r, strict=True)) for r in rows]

    def _touch(self, db: Connection, case_id: int) -> None:
        # The last change starts the WGBO retention period; the deadline is the next open item.
        db.execute(
            "UPDATE cases SET updated_at = ?, due_date = (SELECT min(due_date) FROM followups"
            " WHERE case_id = ? AND done_at IS NULL AND due_date IS NOT NULL)"
            " WHERE id = ? AND status = 'afgerond'", (_now(), case_id, case_id))
        db.execute("UPDATE cases SET updated_at = ? WHERE id = ? AND status = 'concept'",
                   (_now(), case_id))
        _reindex(db, case_id)

    def deadlines(self, limit: int = 100) -> list[Deadline]:
        """What is due: open follow-ups with a date and the terms of unfinished requests."""
        rows = self.db.execute(
            "SELECT f.due_date, c.id, c.client_pseudonym, c.kind, f.kind, f.id FROM followups f"
            " JOIN cases c ON c.id = f.case_id WHERE f.done_at IS NULL AND f.due_date IS NOT NULL"
            " UNION ALL"
            " SELECT due_date, id, client_pseudonym, kind, 'term', NULL FROM cases"
            " WHERE status = 'concept' AND due_date IS NOT NULL"
            " ORDER BY 1 LIMIT ?", (limit,)).fetchall()
        return [Deadline(*r) for r in rows]

    def delete_case(self, case_id: int, reason: str) -> None:
        """Destroy a case on the client's request (WGBO: answered within a month): its data,
        entries, follow-ups, contacts, document records and search entry. secure_delete zeroes
        the freed pages; the checkpoint removes the older page versions from the WAL."""
        if not reason.strip():
            raise ValueError("a reason is required")
        with self.transaction() as db:
            if db.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise KeyError(case_id)
            db.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
            db.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # cascades
            self._append_log(db, "delete", case_id, _clean(reason.strip()))
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def client_pseudonyms(self) -> list[str]:
        """Every client in the dossier, for choosing whose copy to make."""
        rows = self.db.execute("SELECT DISTINCT client_pseudonym FROM cases"
                               " WHERE client_pseudonym != '' ORDER BY 1").fetchall()
        return [str(r[0]) for r in rows]

    def cases_of_client(self, pseudonym: str) -> list[int]:
        rows = self.db.execute("SELECT id FROM cases WHERE client_pseudonym = ?"
                               " AND status = 'afgerond' ORDER BY id", (pseudonym,)).fetchall()
        return [int(r[0]) for r in rows]

    def record_inzage(self, pseudonym: str, data: dict[str, Any]) -> int:
        """Remember an inzage copy: who asked, what was screened and why (not the text)."""
        with self.transaction() as db:
            cur = db.execute("INSERT INTO inzage (client_pseudonym, created_at, data)"
                             " VALUES (?, ?, ?)",
                             (_clean(pseudonym), _now(), _json(data)))
            return int(cur.lastrowid)

    def inzage_records(self, pseudonym: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, created_at, data FROM inzage WHERE client_pseudonym = ?"
                               " ORDER BY id", (pseudonym,)).fetchall()
        return [{"id": r[0], "created_at": r[1], **json.loads(r[2])} for r in rows]

    # address book --------------------------------------------------------------------------

    def organisations(self, org_type: str = "") -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, org_type, name, address, phone, email, notes FROM organisations"
            + (" WHERE org_type = ?" if org_type else "") + " ORDER BY name",
            (org_type,) if org_type else ()).fetchall()
        keys = ("id", "org_type", "name", "address", "phone", "email", "notes")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def save_organisation(self, org: dict[str, Any]) -> int:
        """Insert (no id) or update an organisation; returns its id."""
        fields = ("org_type", "name", "address", "phone", "email", "notes")
        values = [_clean(str(org.get(f, ""))) for f in fields]
        with self.transaction() as db:
            self._append_log(db, "change", None, "adresboek")
            if org.get("id"):
                db.execute("UPDATE organisations SET org_type=?, name=?, address=?, phone=?,"
                           " email=?, notes=? WHERE id=?", (*values, int(org["id"])))
                return int(org["id"])
            cur = db.execute("INSERT INTO organisations (org_type, name, address, phone, email,"
                             " notes) VALUES (?,?,?,?,?,?)", values)
            return int(cur.lastrowid)

    def delete_organisation(self, org_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM organisations WHERE id = ?", (org_id,))
            self._append_log(db, "delete", None, "adresboek")

    def persons(self, org_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT id, name, function, phone, email FROM org_persons"
                               " WHERE org_id = ? ORDER BY name", (org_id,)).fetchall()
        return [dict(zip(("id", "name", "function", "phone", "email"), r, strict=True))
                for r in rows]

    def set_persons(self, org_id: int, persons: list[dict[str, Any]]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM org_persons WHERE org_id = ?", (org_id,))
            db.executemany(
                "INSERT INTO org_persons (org_id, name, function, phone, email) VALUES (?,?,?,?,?)",
                [(org_id, *(_clean(str(p.get(k, ""))) for k in ("name", "function", "phone",
                                                                  "email")))
                 for p in persons if str(p.get("name", "")).strip()])

    def regional_agreement(self, org_type: str) -> dict[str, Any]:
        row = self.db.execute("SELECT data FROM regional_agreements WHERE org_type = ?",
                              (org_type,)).fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def set_regional_agreement(self, org_type: str, data: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO regional_agreements (org_type, data) VALUES (?, ?)"
                       " ON CONFLICT (org_type) DO UPDATE SET data = excluded.data",
                       (org_type, _json(data)))
            self._append_log(db, "change", None, "regionale afspraak")

    def record_document(self, case_id: int, kind: str, sha256: str) -> None:
        """Remember that a document was produced (its hash, not its content)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO documents (case_id, created_at, kind, sha256) VALUES (?, ?, ?, ?)",
                (case_id, _now(), kind, sha256),
            )
            self._append_log(db, "pdf", case_id, kind)

    # checks -----------------------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page HMAC check and SQLite's integrity check; empty when sound."""
        problems: list[str] = []
        for pragma in ("cipher_integrity_check", "integrity_check", "foreign_key_check"):
            try:
                rows = [" ".join(str(c) for c in r) for r in self.db.execute(f"PRAGMA {pragma}")]
            except sqlcipher3.DatabaseError as exc:
                # A page so damaged that the check itself cannot run: that is the finding.
                problems.append(f"{pragma}: {exc}")
                continue
            problems.extend(r for r in rows if r != "ok")
        return problems
