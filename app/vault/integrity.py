"""The whole-file check: every page's MAC and the file's structure, off the unlock path.

Why not at every open: it reads every page — seconds on twenty years of cases — while the open
needs only the pages it reads, and SQLCipher checks each of those as it reads it (a page that
fails its MAC is an error, never wrong data). So the open checks what it must before its first
write (app/vault/dossier.py), and this runs afterwards on read-only connections of its own:
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

Every attempt runs on a fresh connection, inside one read transaction: FTS5 keeps the search
index's structure per connection from one transaction to the next, and its check does not
look whether another connection changed the index meanwhile. A check that gave way to a
draft being saved and was then tried again on the same connection read the new file through
the old structure and reported "fts5: corruption found reading blob …" for a sound dossier
(tests/test_false_damage.py). Damage is reported only when a second attempt, on another fresh
connection, finds it too; a busy or locked file, an interrupted statement or a changed schema
is "try again", never damage; and a check cancelled by the lock reports nothing.
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


def _page_lines(text: str) -> list[str]:
    if m := _HMAC.search(text):
        return [_("Pagina {n} van het bestand is beschadigd: de controle van de versleuteling "
                  "klopt niet.", n=m.group(1))]
    if m := _SIZE.search(text):
        return [_("Het bestand is afgekapt: pagina {n} is onvolledig ({size} bytes).",
                  n=m.group(1), size=m.group(2))]
    if m := _READ.search(text):
        return [_("Pagina {n} van het bestand kon niet worden gelezen.", n=m.group(1))]
    # SQLCipher's own words are English and technical: a Dutch sentence first, then them.
    return [_("Het bestand is beschadigd: de controle van de versleuteling meldt een fout."),
            technical(text)]


def technical(text: str) -> str:
    """SQLite's or SQLCipher's own (English) words, as a line after the Dutch finding: the
    damage banner shows the first line and keeps the rest for 'Details…'."""
    return _("Technische melding: {detail}", detail=text)


def _is_search_index(row: str) -> bool:
    """A finding of FTS5's own check of the search index ('fts5: …', '… inverted index for
    FTS5 table …')."""
    return "fts5" in row.lower()


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
    rows = rows_of(db, "PRAGMA cipher_integrity_check")
    return _capped([line for r in rows for line in _page_lines(str(r[0]))])


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
    found = [r for r in rows if r != "ok"]
    if not found:
        return []
    # What it means in Dutch first; SQLite's own words (English) after it, for 'Details…'.
    lines = []
    if any(not _is_search_index(r) for r in found):
        lines.append(_("De opbouw van het bestand klopt niet."))
    if any(_is_search_index(r) for r in found):
        lines.append(_("De zoekindex in het bestand klopt niet."))
    return _capped(lines + [technical(r) for r in found])


def confirmed_page_problems(db: Connection) -> list[str]:
    """`page_problems`, and what it finds read again inside a read transaction — the shared
    lock keeps the writer out, so a page read while being written is read whole this time —:
    only what that finds too is reported (a backup made while the app saves)."""
    if not page_problems(db):
        return []
    db.execute("BEGIN")
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return page_problems(db)
    finally:
        _end_read(db)


def _end_read(db: Connection) -> None:
    """After a damaged page SQLCipher reports its error once more on COMMIT, which still ends
    the read: that error is the finding already made, not a new one."""
    if db.in_transaction:
        try:
            db.execute("COMMIT")
        except sqlcipher3.DatabaseError as exc:
            if not is_damage(exc):
                raise


def _transient(exc: BaseException) -> bool:
    """Busy or locked (the writer has the file), interrupted (the check gave way to it), or the
    schema changed under the statement: say nothing about the file, so the step is tried again
    — never counted as damage."""
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (5, 6, 9, 17)  # SQLITE_BUSY, _LOCKED, _INTERRUPT, _SCHEMA
    text = str(exc).lower()
    return any(w in text for w in ("interrupt", "locked", "busy", "schema has changed"))


Step = Callable[[Connection], list[str]]


def _one_table(name: str, db: Connection) -> list[str]:
    quoted = '"' + name.replace('"', '""') + '"'
    return structure_problems(db, f"quick_check({quoted})")


class WholeFileCheck:
    """One run of the whole-file check on read-only connections of its own, for a worker
    thread. The dossier tells it when its writer wants the file (`writer_wants_file`) and,
    when it locks, cancels it and waits for its connection to close (`cancel`, `wait`)."""

    def __init__(self, path: Path, key: bytes) -> None:
        self._path = Path(path)
        self._key = key
        self._cancelled = False
        self._writer_at = 0.0
        self._running = threading.Lock()
        self.interruptions = 0  # how often it gave way to the writer (for tests and figures)
        self.unconfirmed = 0  # findings a second attempt did not see (for tests and figures)

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
        """Every problem found, in Dutch ([] when the file is sound); None when cancelled (a
        check begun before a lock says nothing, whatever it saw), or when the writer never left
        it room (it runs again at its next turn)."""
        with self._running:
            try:
                found = None if self._cancelled else self._check()
            finally:
                self._key = b""  # one run: nothing of the key stays behind
            return None if self._cancelled else found

    def _connect(self) -> Connection | None:
        """A fresh read-only connection (None once cancelled: the key is gone). Its progress
        handler, called every few thousand steps (also inside quick_check), interrupts the
        statement when the writer wants the file, which releases the shared lock."""
        key = self._key
        if self._cancelled or not key:
            return None
        db = key_connection(self._path, key, read_only=True)
        db.set_progress_handler(self._give_way, 2000)
        return db

    def _check(self) -> list[str] | None:
        problems = self._pages()
        if problems is None:
            return None
        structure = self._twice(lambda db: structure_problems(db), WHOLE_TRIES)
        if structure is None and not self._cancelled:
            structure = self._table_by_table()
        return None if structure is None else problems + structure

    def _pages(self) -> list[str] | None:
        """The page MACs without a lock; what that finds (a page read while being written?) is
        read again on a fresh connection under a shared lock, with the writer kept out."""
        db = self._connect()
        if db is None:
            return None
        try:
            first: list[str] | None = page_problems(db)
        except sqlcipher3.DatabaseError as exc:
            if not (_transient(exc) or is_damage(exc)):
                raise
            first = None  # not sure either way: the read under the lock decides
        finally:
            db.close()
        if first == []:
            return []
        confirmed = self._locked(page_problems)
        if confirmed == [] and first:
            self.unconfirmed += 1
        return confirmed

    def _twice(self, step: Step, tries: int = MAX_TRIES) -> list[str] | None:
        """`step`, and when it finds something, `step` once more on another fresh connection:
        only what that finds too is reported (None: it could not finish)."""
        found = self._locked(step, tries)
        if found:
            found = self._locked(step, tries)
            if found == []:
                self.unconfirmed += 1
        return found

    def _table_by_table(self) -> list[str] | None:
        names = self._locked(lambda db: ["sqlite_schema", *(str(r[0]) for r in rows_of(
            db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"))])
        if names is None:
            return None
        found: list[str] = []
        for name in names:
            part = self._twice(partial(_one_table, name))
            if part is None:
                return None
            found += part
        return _capped(found)

    def _locked(self, step: Step, tries: int = MAX_TRIES) -> list[str] | None:
        """`step` on a fresh connection inside one read transaction — one committed state of
        the file, nothing of an earlier transaction kept —, tried again (on another fresh
        connection) whenever it gave way to the writer or met the file busy."""
        for _try in range(tries):
            while self._give_way():
                if self._cancelled:
                    return None
                time.sleep(0.1)
            db = self._connect()
            if db is None:
                return None
            try:
                db.execute("BEGIN")
                try:
                    # The shared lock is taken by the first read (page 1 and the schema).
                    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    result: list[str] = step(db)
                finally:
                    _end_read(db)
                return result
            except sqlcipher3.DatabaseError as exc:
                if _transient(exc):
                    self.interruptions += 1
                    continue
                if not is_damage(exc):
                    raise
                return [_("Het begin van het bestand is beschadigd: de controle kon niet "
                          "worden uitgevoerd.")]
            finally:
                db.close()
        return None
