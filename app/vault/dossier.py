"""The encrypted dossier: one SQLCipher file, keyed with a random raw key from the envelope.

`Dossier` is the vault itself — open, close, transaction, migrate, integrity, the practice
profile — and reaches what it holds through small repositories, as attributes: `cases`,
`followups`, `contacts`, `address_book`, `inzage` and the access `log`.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
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
    DossierReadOnly,
    DossierTooNew,
    LocationNotWritable,
    NotADossier,
)
from app.vault import keys
from app.vault.access_log import AccessLog, note_failed_unlock
from app.vault.address_book import AddressBook
from app.vault.cases import Cases
from app.vault.followups import Contacts, FollowUps
from app.vault.fsutil import ensure_folder
from app.vault.integrity import WholeFileCheck, page_problems, rows_of, structure_problems
from app.vault.inzage_log import InzageLog
from app.vault.keys import KdfParams, KeyEnvelope
from app.vault.lock import DossierLock
from app.vault.paths import envelope_path
from app.vault.reader import Reader
from app.vault.restore_journal import finish_restore
from app.vault.schema import MIGRATIONS, SCHEMA_VERSION
from app.vault.sql import (
    PLAIN_SQLITE_HEADER,
    Connection,
    configure,
    is_damage,
    key_connection,
    now,
    to_json,
    translate_os_error,
)
from app.vault.trust import problems_before_writing


class Dossier:
    """An open, unlocked dossier. Close it to lock."""

    def __init__(self, path: Path, db: Connection, envelope: KeyEnvelope,
                 key: bytes = b"") -> None:
        self.path = path
        self._db: Connection | None = db
        self.envelope = envelope
        self._key = key  # for a consistent backup through a second connection
        self.read_only = False  # see open(): nothing may be written while True
        self._lock: DossierLock | None = None  # one writer per dossier (app/vault/lock.py)
        self.trust_problems: list[str] = []
        # Connections of its own on the same key (the cases list's reader, the whole-file
        # check): closed with the dossier, and the check gives way when this one writes.
        self._readers: weakref.WeakSet[Reader] = weakref.WeakSet()
        self._checks: weakref.WeakSet[WholeFileCheck] = weakref.WeakSet()
        # The parts reach the dossier through a weak proxy: no reference cycle, so a dossier
        # dropped without close() (a failed open) lets go of its connection and key at once.
        store = weakref.proxy(self)
        self.log = AccessLog(path, key, lambda: store.db, lambda: store.transaction())
        self.cases = Cases(store)
        self.followups = FollowUps(store)
        self.contacts = Contacts(store)
        self.address_book = AddressBook(store)
        self.inzage = InzageLog(store)

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
        lock = DossierLock(path).acquire()
        try:
            db = key_connection(path, key)
            dossier = cls(path, db, envelope, key)
            dossier._lock = lock
            dossier.log.dossier_id = envelope.dossier_id
            dossier.log.anchored = True
            configure(db)
            if os.name == "posix":
                os.chmod(path, 0o600)
            dossier._migrate()
            dossier.set_meta("dossier_id", envelope.dossier_id)
            dossier.set_meta("created_at", now())
            # The envelope is written last: a dossier without one cannot be opened, so a crash
            # before this point leaves nothing that looks usable.
            envelope.write(env_path)
        except BaseException as exc:
            if dossier is not None and dossier._db is not None:
                dossier._db.close()
                dossier._db = None
            lock.release()
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            if isinstance(exc, sqlcipher3.OperationalError):
                raise LocationNotWritable(str(path), str(exc)) from None
            raise
        return dossier

    @classmethod
    def open(cls, path: Path, passphrase: str, *, read_only: bool = False,
             anchored: bool = True) -> Dossier:
        """Unlock an existing dossier. Raises a DossierError with a Dutch message.

        `read_only`: write nothing at all (`deelwijzer verify`). `anchored=False` for a copy
        being checked (a backup): it is compared with nothing outside and moves no anchor.
        A dossier that looks older than the version last used here opens read-only, with
        `trust_problems` saying why; `accept_current_version` lifts that when the user chooses."""
        path = Path(path)
        if not read_only:
            finish_restore(path)  # a restore interrupted by a crash is completed first
            _remove_stale_temps(path)
        if not path.exists():
            raise DossierMissing(str(path))
        if path.is_dir():
            raise NotADossier(str(path), _("Dit is een map, geen bestand."))
        if not path.is_file():
            raise NotADossier(str(path), _("Dit is geen gewoon bestand."))
        for sidecar in (Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm")):
            if sidecar.is_symlink():  # SQLite would follow it, or fail without a word
                raise NotADossier(str(path), _(
                    "Naast het dossier staat {name} als koppeling (symlink) in plaats van een "
                    "bestand. Verwijder die koppeling eerst.", name=sidecar.name))
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
        if not envelope.belongs_to(head):
            raise NotADossier(str(path), _("Het sleutelbestand {name} hoort bij een ander "
                                           "dossier.", name=env_path.name))
        try:
            key = envelope.unwrap(passphrase)  # WrongPassphrase before the file is touched
        except DossierError:
            if not read_only:
                note_failed_unlock(path)
            raise
        try:
            dossier = cls.open_with_key(path, key, envelope, read_only=read_only,
                                        anchored=anchored)
        except DossierDamaged:
            if not any(s.kind == "previous" for s in envelope.slots):
                raise
            # A key rotation interrupted before its re-encryption committed: the file still
            # has the previous key. Open with that and finish the rotation now.
            previous = envelope.unwrap(passphrase, "previous")
            dossier = cls.open_with_key(path, previous, envelope, read_only=read_only,
                                        anchored=anchored)
            if not dossier.read_only:
                dossier.rekey(key, passphrase)
        if dossier.read_only:
            return dossier
        if any(s.kind == "previous" for s in dossier.envelope.slots):
            dossier.rekey(dossier._key, passphrase)  # interrupted after it: drop the old key
        try:
            dossier.log.unlock()
        except BaseException:
            dossier._discard()
            raise
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
    def open_with_key(cls, path: Path, key: bytes, envelope: KeyEnvelope, *,
                      read_only: bool = False, anchored: bool = True) -> Dossier:
        """Open with the raw key (after the envelope, or from the recovery code)."""
        lock = None if read_only else DossierLock(path).acquire()  # DossierInUse if held
        try:
            wal_copy = None if read_only else _keep_wal(path)
            db = key_connection(path, key, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            return cls._open_connected(path, key, envelope, db, lock, wal_copy, read_only,
                                       anchored)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_connected(cls, path: Path, key: bytes, envelope: KeyEnvelope, db: Connection,
                        lock: DossierLock | None, wal_copy: Path | None, read_only: bool,
                        anchored: bool) -> Dossier:
        try:
            # Read before any write PRAGMA: a damaged file must not be written to. What the
            # open reads, SQLCipher checks page by page as it reads it: page 1 and the schema
            # here (a wrong key fails page 1's MAC, so a key from the wrong slot is told apart
            # from a sound file without reading more; a file shorter than page 1 says is
            # refused by SQLite itself), then the meta rows and the access log's last entry
            # for the trust check. The rest of the file is checked after the open, in the
            # background (app/vault/integrity.py): every page at every unlock does not scale.
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlcipher3.DatabaseError:
            db.close()
            raise DossierDamaged(str(path)) from None
        if version > SCHEMA_VERSION:
            db.close()
            raise DossierTooNew(version, SCHEMA_VERSION)
        dossier = cls(path, db, envelope, key)
        dossier._lock = lock
        try:
            dossier._before_writing(version, wal_copy, anchored)
        except sqlcipher3.DatabaseError as exc:
            dossier._discard()
            if is_damage(exc):
                raise DossierDamaged(str(path)) from None
            raise
        except BaseException:
            dossier._discard()
            raise
        dossier.read_only = read_only or bool(dossier.trust_problems)
        if dossier.read_only:
            return dossier
        try:
            configure(db)
            dossier._migrate()
        except BaseException:
            dossier._discard()
            raise
        return dossier

    def _before_writing(self, version: int, wal_copy: Path | None, anchored: bool) -> None:
        """Who this dossier is, and whether it is the version last used here (trust.py)."""
        stored_id = self.meta("dossier_id") if version >= 1 else None
        # An empty id: opened with the recovery code while the envelope is lost.
        if stored_id is not None and self.envelope.dossier_id and \
                stored_id != self.envelope.dossier_id:
            raise NotADossier(str(self.path), _("Het sleutelbestand hoort bij een ander dossier."))
        self.log.dossier_id = stored_id or self.envelope.dossier_id
        self.log.anchored = anchored
        log_key = self.meta("log_key") if version >= 1 else None
        if log_key:
            self.log.use_key(bytes.fromhex(log_key))  # kept since a key rotation
        # Compared before the first write: the unlock entry would move the head.
        self.trust_problems = problems_before_writing(self.log)
        if wal_copy is not None:
            if self.trust_problems:
                self.trust_problems.append(_(
                    "Het WAL-bestand van vóór het openen is bewaard als {name}.",
                    name=wal_copy.name))
            else:
                wal_copy.unlink(missing_ok=True)

    def rekey(self, new_key: bytes, passphrase: str) -> None:
        """Re-encrypt the file with `new_key` (one journaled transaction; nothing happens
        when it is the current key) and write the envelope with only that key."""
        if new_key != self._key:
            self._writing()
            self.db.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self._key = new_key
        final = KeyEnvelope(dossier_id=self.envelope.dossier_id, file_salt=self.envelope.file_salt)
        final.add_slot("passphrase", keys.normalise_passphrase(passphrase), new_key,
                       keys.DEFAULT_KDF)
        final.write(envelope_path(self.path))
        self.envelope = final

    def accept_current_version(self) -> None:
        """The user chose to go on with this version although it looks older than the one
        last used here (logged, with the reason); head and anchor follow it from now on."""
        if not self.read_only or not self.trust_problems:
            return
        reason = " ".join(self.trust_problems)
        self.read_only = False
        self.trust_problems = []
        configure(self.db)
        self._migrate()
        self.log.unlock()
        self.log.add("restore", None, f"deze versie bewust in gebruik genomen: {reason}"[:500])

    def _discard(self) -> None:
        """Let go of the connection, the key and the lock now, writing nothing (on close, and
        after a failed open); the other connections on the key go first."""
        for check in list(self._checks):
            check.cancel()
        for check in list(self._checks):
            check.wait()
        for reader in list(self._readers):
            reader.close()
        if self._db is not None:
            self._db.close()
            self._db = None
        self._key = b""
        self.log.forget_key()
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        """Lock: afterwards nothing of the dossier is in this object. (No checkpoint: every
        writable open sets the rollback journal, so there is no WAL to fold back.)"""
        self._discard()

    def __enter__(self) -> Dossier:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        """False once the dossier is closed (locked): a late timer must not touch it."""
        return self._db is not None

    @property
    def db(self) -> Connection:
        """The open connection; RuntimeError once the dossier is locked."""
        if self._db is None:
            raise RuntimeError("dossier is locked")
        return self._db

    def reader(self) -> Reader:
        """A read-only connection of its own on this dossier's key, for queries on a worker
        thread; closed when the dossier closes."""
        reader = Reader(self.path, self._key)
        self._readers.add(reader)
        return reader

    def whole_file_check(self) -> WholeFileCheck:
        """One run of the whole-file check (integrity.py) for a worker thread; it gives way
        whenever this dossier writes, and is cancelled when it closes."""
        check = WholeFileCheck(self.path, self._key)
        self._checks.add(check)
        return check

    def _writing(self) -> None:
        for check in list(self._checks):
            check.writer_wants_file()

    def _failed(self, exc: sqlcipher3.Error) -> DossierError | None:
        """What a failed write means for the user: a full disk, or a damaged page met on the
        way (the open no longer reads every page); None for a bug."""
        if is_damage(exc):
            return DossierDamaged(str(self.path))
        return translate_os_error(exc)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic unit of work; a full disk becomes DiskFull, a damaged page met on the way
        DossierDamaged, and nothing is half-written."""
        if self.read_only:
            raise DossierReadOnly(" ".join(self.trust_problems) or _(
                "Het is geopend om te controleren."))
        db = self.db
        self._writing()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except sqlcipher3.Error as exc:
            if db.in_transaction:  # SQLite may have rolled back already (a corrupt page)
                db.execute("ROLLBACK")
            self.log.discard_pending()
            translated = self._failed(exc)
            if translated is not None:
                raise translated from None
            raise
        except BaseException:
            db.execute("ROLLBACK")
            self.log.discard_pending()
            raise
        else:
            try:
                self._writing()  # a check started meanwhile gives way before the commit
                db.execute("COMMIT")
                self.log.write_head()
            except sqlcipher3.Error as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                self.log.discard_pending()
                translated = self._failed(exc)
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

    @property
    def schema_version(self) -> int:
        """The schema version of the open file (after migration: the current one)."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        """Everything at once, in Dutch (`deelwijzer verify`, a backup being checked): every
        page's MAC, SQLite's integrity check (every index against its table) and the foreign
        keys; empty when sound."""
        problems = page_problems(self.db) + structure_problems(self.db, "integrity_check")
        try:
            orphans = rows_of(self.db, "PRAGMA foreign_key_check")
        except sqlcipher3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            orphans = []
            problems.append(_("De verwijzingen in het dossier konden niet worden gecontroleerd: "
                              "het bestand is beschadigd."))
        problems += [_("Regel {row} van {table} verwijst naar iets dat er niet meer is.",
                       row=r[1], table=r[0]) for r in orphans[:20]]
        if problems and self.db.in_transaction:
            # A page that failed its MAC leaves SQLCipher's reader in an error state, which the
            # caller's COMMIT would meet: end the read here (its COMMIT reports the error once
            # more and ends it) and begin a fresh one for the caller to end.
            try:
                self.db.execute("COMMIT")
            except sqlcipher3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
            self.db.execute("BEGIN")
        return problems

    # meta and profile -------------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        """Set one of the dossier's own facts (its id, when it was made)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def meta(self, key: str) -> str | None:
        """One of the dossier's own facts, or None."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def profile(self) -> dict[str, Any]:
        """The clinician's and practice's details for letterheads (empty dict when unset)."""
        row = self.db.execute("SELECT data FROM profile WHERE id = 1").fetchone()
        return {} if row is None else dict(json.loads(row[0]))

    def set_profile(self, data: dict[str, Any]) -> None:
        """Replace the practice profile (logged: it names who acts in the log)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO profile (id, data) VALUES (1, ?) "
                "ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                (to_json(data),),
            )
            self.log.append(db, "change", None, "praktijkgegevens")


def _keep_wal(path: Path) -> Path | None:
    """A WAL present before the open is copied aside first (owner-only): SQLite replays it up
    to its first damaged frame and then checkpoints, so committed work it drops would be gone
    for good. The copy is removed again when the open finds nothing wrong."""
    wal = Path(f"{path}-wal")
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}-wal-kopie-{stamp}")
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, open(wal, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        return copy
    except OSError:
        return None  # a folder we cannot write: open() says so soon enough


def _remove_stale_temps(path: Path) -> None:
    """Temporary files of the head or envelope that a crash left beside the dossier (owner-only
    and encrypted or free of case data, but clutter), once they are an hour old."""
    cutoff = datetime.now().timestamp() - 3600
    for pattern in (f".{path.name}.log.*.tmp", f".{path.name}.keys.*.tmp"):
        for leftover in path.parent.glob(pattern):
            try:
                if leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
            except OSError:
                pass
