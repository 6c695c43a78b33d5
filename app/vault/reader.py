"""A second, read-only connection on the dossier's key, for the cases list's queries on a
worker thread while the GUI thread keeps the dossier's own connection.

Why a connection of its own: one SQLite connection runs one statement at a time, and the
GUI thread must not wait for a search. The dossier keeps a rollback journal (see sql.py), so
this reader and the writer share the file by locks: a query holds a shared lock for its few
milliseconds, and a commit waits that long (busy timeout). Nothing is written through it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import sqlcipher3

from app.records import CaseSummary
from app.vault import search
from app.vault.sql import Connection, key_connection, reading

T = TypeVar("T")


class Interrupted(Exception):
    """The query was stopped by `Reader.interrupt` (a search typed over)."""


class Reader:
    """One query at a time (a lock), from any thread; opened on first use, so the worker, not
    the GUI thread, pays for it. Closed when the dossier locks: then it holds no key."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = Path(path)
        self._key = key
        self._db: Connection | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._stops = 0  # interrupt() calls: an interrupted query knows whether it was meant

    def _connection(self) -> Connection:
        if self._closed:
            raise RuntimeError("dossier is locked")
        if self._db is None:
            self._db = key_connection(self._path, self._key, read_only=True)
        return self._db

    def summaries(self, offset: int = 0, limit: int = 200, *, text: str = "", kind: str = "",
                  status: str = "") -> list[CaseSummary]:
        """A page of the (filtered) cases list, newest change first (search.find)."""
        return self._run(lambda db: search.find(db, offset, limit, text=text, kind=kind,
                                                status=status))

    def count(self, *, text: str = "", kind: str = "", status: str = "") -> int:
        """How many cases match (search.count)."""
        return self._run(lambda db: search.count(db, text=text, kind=kind, status=status))

    def interrupt(self) -> None:
        """Stop the query running now, from any thread (SQLite's interrupt; nothing happens
        when none runs): the count of a search typed over held up the next keystroke's page
        on the one worker for as long as counting every match took (issue 16)."""
        self._stops += 1
        db = self._db
        if db is not None:
            db.interrupt()

    def _run(self, query: Callable[[Connection], T]) -> T:
        with self._lock, reading(self._path):
            for _attempt in range(2):
                stops = self._stops
                try:
                    return query(self._connection())
                except sqlcipher3.OperationalError as exc:
                    if "interrupt" not in str(exc).lower():
                        raise
                    if self._stops != stops:
                        raise Interrupted from None  # the stop was meant for this query
                    # else an interrupt that came as this query started: run it again
            raise Interrupted

    def close(self) -> None:
        """Waits for a running query (milliseconds), then closes; safe to call twice."""
        self._closed = True
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._key = b""
