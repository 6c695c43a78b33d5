"""The whole-file check: every page's MAC and the file's structure, off the unlock path.

Why not at every open: it reads every page — seconds on twenty years of cases — while the open
needs only the pages it reads, and SQLCipher checks each of those as it reads it (a page that
fails its MAC is an error, never wrong data). So the open checks what it must before its first
write (app/vault/dossier.py), and this runs afterwards on a read-only connection of its own:
in the app after the main window is shown, daily while it stays open, and before every backup;
`deelwijzer verify` still checks everything at once (`Dossier.integrity_problems`).

The dossier keeps a rollback journal, so a reader shares the file with the writer by locks,
and the writer is the GUI thread. SQLCipher's page check reads the file without taking any
lock, so it cannot hold the writer up; a page it finds wrong is checked again under a shared
lock before it counts (it may have been read while being written). SQLite's quick_check holds
a shared lock while it runs, so it gives way as soon as the writer wants the file and starts
again once the writer has been quiet for a moment; interrupted twice (a clinician at work), it
goes on one table at a time — the search index's own check is the largest step, two of the
file's three seconds here —, so that each write costs it one table, not everything so far.
What the table-by-table check leaves out is the accounting of free pages, which SQLite checks
again whenever it reuses one.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import sqlcipher3

from app.content.i18n import _
from app.vault.sql import Connection, is_damage, key_connection

QUIET = 1.0  # seconds without a write before quick_check (re)starts
WHOLE_TRIES = 2  # interrupted this often, quick_check goes on table by table
MAX_TRIES = 40  # a step interrupted this often is left for the check's next turn
MAX_LINES = 20  # a truncated or overwritten file fails on every page: name the first ones

_HMAC = re.compile(r"HMAC verification failed for page (\d+)")
_SIZE = re.compile(r"page (\d+) has an invalid size of (\d+) bytes")
_READ = re.compile(r"error reading \d+ bytes from file page (\d+)")


def _page_line(text: str) -> str:
    if m := _HMAC.search(text):
        return _("Pagina {n} van het bestand is beschadigd: de controle van de versleuteling "
                 "klopt niet.", n=m.group(1))
    if m := _SIZE.search(text):
        return _("Het bestand is afgekapt: pagina {n} is onvolledig ({size} bytes).",
                 n=m.group(1), size=m.group(2))
    if m := _READ.search(text):
        return _("Pagina {n} van het bestand kon niet worden gelezen.", n=m.group(1))
    return _("Het bestand is beschadigd ({detail}).", detail=text)


def _capped(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    return [*lines[:MAX_LINES], _("… en nog {n} andere plaatsen in het bestand.",
                                  n=len(lines) - MAX_LINES)]


def rows_of(db: Connection, sql: str) -> list[tuple[object, ...]]:
    """All rows of `sql`, its statement reset even when it fails: a failed statement left
    pending makes the transaction's COMMIT fail too (`deelwijzer verify` checks in one)."""
    cursor = db.cursor()
    try:
        return [tuple(r) for r in cursor.execute(sql).fetchall()]
    finally:
        cursor.close()


def page_problems(db: Connection) -> list[str]:
    """SQLCipher's MAC check of every page in the file (free pages too), in Dutch; empty when
    sound. It takes no lock: see the module's docstring."""
    return _capped([_page_line(str(r[0])) for r in rows_of(db, "PRAGMA cipher_integrity_check")])


def structure_problems(db: Connection, pragma: str = "quick_check") -> list[str]:
    """SQLite's check of the file's structure (quick_check, or integrity_check which also
    compares every index with its table), in Dutch; empty when sound. An interrupted check
    raises (sqlcipher3.OperationalError): it found nothing either way."""
    try:
        rows = [" ".join(str(c) for c in r) for r in rows_of(db, f"PRAGMA {pragma}")]
    except sqlcipher3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        # So damaged that the check itself cannot run: that is the finding.
        return [_("De opbouw van het bestand is beschadigd: de controle kon niet worden "
                  "uitgevoerd.")]
    return _capped([_("De opbouw van het bestand klopt niet: {detail}", detail=r)
                    for r in rows if r != "ok"])


def _end_read(db: Connection) -> None:
    """After a damaged page SQLCipher reports its error once more on COMMIT, which still ends
    the read: that error is the finding already made, not a new one."""
    if db.in_transaction:
        try:
            db.execute("COMMIT")
        except sqlcipher3.DatabaseError as exc:
            if not is_damage(exc):
                raise


class WholeFileCheck:
    """One run of the whole-file check on a read-only connection of its own, for a worker
    thread. The dossier tells it when its writer wants the file (`writer_wants_file`) and,
    when it locks, cancels it and waits for the connection to close (`cancel`, `wait`)."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = Path(path)
        self._key = key
        self._cancelled = False
        self._writer_at = 0.0
        self._running = threading.Lock()
        self.interruptions = 0  # how often it gave way to the writer (for tests and figures)

    def writer_wants_file(self) -> None:
        """Called by the writer before it writes: a running quick_check stops at once."""
        self._writer_at = time.monotonic()

    def cancel(self) -> None:
        """The dossier locks: stop as soon as possible and forget the key."""
        self._cancelled = True
        self._key = b""

    def wait(self) -> None:
        """Until a running check has closed its connection (at most the page check's second)."""
        with self._running:
            pass

    def _give_way(self) -> bool:
        return self._cancelled or time.monotonic() - self._writer_at < QUIET

    def run(self) -> list[str] | None:
        """Every problem found, in Dutch ([] when the file is sound); None when cancelled, or
        when the writer never left it room (it runs again at its next turn)."""
        with self._running:
            if self._cancelled:
                return None
            db = key_connection(self._path, self._key, read_only=True)
            try:
                # Called every few thousand steps, also inside quick_check: a true answer
                # interrupts the statement, which releases the shared lock.
                db.set_progress_handler(self._give_way, 2000)
                return self._check(db)
            finally:
                db.close()
                self._key = b""  # one run: nothing of the key stays behind

    def _check(self, db: Connection) -> list[str] | None:
        problems = page_problems(db)
        if problems:  # read while being written? Again, with the writer kept out this time.
            confirmed = self._locked(db, lambda: page_problems(db))
            if confirmed is None:
                return None
            problems = confirmed
        structure = self._locked(db, lambda: structure_problems(db), WHOLE_TRIES)
        if structure is None and not self._cancelled:
            structure = self._table_by_table(db)
        return None if structure is None else problems + structure

    def _table_by_table(self, db: Connection) -> list[str] | None:
        names = self._locked(db, lambda: ["sqlite_schema", *(str(r[0]) for r in rows_of(
            db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))])
        if names is None:
            return None
        found: list[str] = []
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            part = self._locked(db, partial(structure_problems, db, f"quick_check({quoted})"))
            if part is None:
                return None
            found += part
        return _capped(found)

    def _locked(self, db: Connection, step: Callable[[], list[str]],
                tries: int = MAX_TRIES) -> list[str] | None:
        """`step` inside a read transaction, retried whenever it gave way to the writer."""
        for _try in range(tries):
            while self._give_way():
                if self._cancelled:
                    return None
                time.sleep(0.1)
            try:
                db.execute("BEGIN")
                try:
                    # The shared lock is taken by the first read (page 1 and the schema).
                    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    result: list[str] = step()
                finally:
                    _end_read(db)
                return result
            except sqlcipher3.OperationalError as exc:
                if "interrupt" not in str(exc).lower() and "locked" not in str(exc).lower():
                    raise
                self.interruptions += 1
            except sqlcipher3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                return [_("Het begin van het bestand is beschadigd: de controle kon niet "
                          "worden uitgevoerd.")]
        return None
