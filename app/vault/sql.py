"""The SQLCipher connection and the small helpers every part of the vault writes with."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from app.errors import DiskFull, DossierDamaged, DossierError

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its connection is the standard library's, keyed.
    from sqlite3 import Connection, Cursor
else:
    Connection = sqlcipher3.Connection
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def now() -> str:
    """The time stamp every row carries: UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_json(value: Any) -> str:
    """JSON for the data columns. ASCII-escaped, so any Python text survives, even an unpaired
    surrogate from a pasted fragment, which UTF-8 cannot encode. (A high and a low surrogate
    side by side are read back as the one character they encode: JSON pairs its escapes.)"""
    return json.dumps(value, ensure_ascii=True)


def clean(text: str) -> str:
    """Plain-text columns: an unpaired surrogate becomes U+FFFD instead of failing the write."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def inserted_id(cursor: Cursor) -> int:
    """The row id an INSERT made (SQLite always sets one after a successful INSERT)."""
    if cursor.lastrowid is None:
        raise RuntimeError("INSERT made no row")
    return cursor.lastrowid


def key_connection(path: Path, key: bytes, read_only: bool = False) -> Connection:
    """A SQLCipher connection to `path`, keyed with the raw key, nothing written yet.
    `read_only` opens the file read-only (verify on a read-only folder leaves nothing behind)."""
    if read_only:
        uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"
        db = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        db = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher otherwise prints decryption failures to stderr; we report them ourselves.
    db.execute("PRAGMA cipher_log_level = NONE")
    # PRAGMA takes no bound parameters. The key is random bytes rendered as hex digits, never
    # user text, so nothing a user types can reach this statement.
    db.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    db.execute("PRAGMA cipher_memory_security = ON")
    return db


def configure(db: Connection) -> None:
    """The connection settings every open dossier uses (the first writes to the file).

    A rollback journal, not WAL: a damaged WAL makes SQLite drop committed work silently
    while replaying it; with a rollback journal committed work is in the file itself, and a
    damaged journal shows as a damaged page (SQLCipher checks each page's MAC). A commit costs
    1.2 ms instead of 0.5 ms here (synchronous=FULL) — nothing for one clinician's dossier."""
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")


def is_damage(exc: BaseException) -> bool:
    """A page that fails its MAC, or a file whose structure is broken (SQLITE_CORRUPT,
    SQLITE_NOTADB) — not a lock, a full disk or an interrupted query, which say nothing about
    the file. With the right key (the envelope's GCM check proved it) this is damage."""
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (11, 26)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


@contextmanager
def reading(path: Path) -> Iterator[None]:
    """A read that meets a damaged page raises DossierDamaged, with its Dutch message, rather
    than the driver's error: the open no longer reads every page, so the list or the case view
    may be the first to meet one (the whole-file check then says more)."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        if is_damage(exc):
            raise DossierDamaged(str(path)) from None
        raise


def translate_os_error(exc: sqlcipher3.Error) -> DossierError | None:
    """A full or unwritable disk as DiskFull, with its Dutch message; None for others."""
    # SQLITE_FULL on ENOSPC; SQLITE_IOERR when the file may not grow (EFBIG) or the disk went.
    text = str(exc).lower()
    if "full" in text or "too big" in text or "disk i/o error" in text:
        return DiskFull()
    return None


def execute_script(db: Connection, script: str) -> None:
    """Run statements one by one: `executescript` would COMMIT the migration's transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlcipher3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in migration")
