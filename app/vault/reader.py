"""A second, read-only connection on the dossier's key, for the cases list's queries on a
worker thread while the GUI thread keeps the dossier's own connection.

Why a connection of its own: one SQLite connection runs one statement at a time, and the
GUI thread must not wait for a search. The dossier keeps a rollback journal (see sql.py), so
this reader and the writer share the file by locks: a query holds a shared lock for its few
milliseconds, and a commit waits that long (busy timeout). Nothing is written through it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.records import CaseSummary
from app.vault import search
from app.vault.sql import Connection, key_connection, reading


class Reader:
    """One query at a time (a lock), from any thread; opened on first use, so the worker, not
    the GUI thread, pays for it. Closed when the dossier locks: then it holds no key."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = Path(path)
        self._key = key
        self._db: Connection | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _connection(self) -> Connection:
        if self._closed:
            raise RuntimeError("dossier is locked")
        if self._db is None:
            self._db = key_connection(self._path, self._key, read_only=True)
        return self._db

    def summaries(self, offset: int = 0, limit: int = 200, *, text: str = "", kind: str = "",
                  status: str = "") -> list[CaseSummary]:
        """A page of the (filtered) cases list, newest change first (search.find)."""
        with self._lock, reading(self._path):
            return search.find(self._connection(), offset, limit, text=text, kind=kind,
                               status=status)

    def count(self, *, text: str = "", kind: str = "", status: str = "") -> int:
        """How many cases match (search.count)."""
        with self._lock, reading(self._path):
            return search.count(self._connection(), text=text, kind=kind, status=status)

    def close(self) -> None:
        """Waits for a running query (milliseconds), then closes; safe to call twice."""
        self._closed = True
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._key = b""
