"""The schema, as ordered migrations.

Each migration brings the schema from version i to i+1, in its own transaction. Never edit a
released migration; append a new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from app.vault.search import index_case
from app.vault.sql import Connection, execute_script


def _migrate_1(db: Connection) -> None:
    execute_script(db,
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
    execute_script(db, """
        ALTER TABLE cases ADD COLUMN due_date TEXT;
        CREATE INDEX cases_due ON cases (due_date);
    """)


def _migrate_3(db: Connection) -> None:
    # Search over pseudonym, organisation and all case text (FTS5 lives inside the encrypted
    # file like every other table); what came back on a follow-up; further contacts.
    execute_script(db, """
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
        index_case(db, case_id, pseudonym, receiver, json.loads(data))


def _migrate_4(db: Connection) -> None:
    # Copies made for a client's right of access, with what was screened off and why.
    execute_script(db, """
        CREATE TABLE inzage (
            id               INTEGER PRIMARY KEY,
            client_pseudonym TEXT NOT NULL,
            created_at       TEXT NOT NULL,
            data             TEXT NOT NULL
        );
    """)


def _migrate_5(db: Connection) -> None:
    # The practice's address book and its regional agreements per organisation type.
    execute_script(db, """
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
    execute_script(db, """
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


def _migrate_7(db: Connection) -> None:
    # The client's full name beside the display label, so that the cases list can show either
    # (the practice's choice) without reading every case's data. Existing cases keep their
    # pseudonym as the label; the name starts empty, as do the new Betrokkenen fields.
    execute_script(db, """
        ALTER TABLE cases ADD COLUMN client_name TEXT NOT NULL DEFAULT '';
    """)


def _migrate_8(db: Connection) -> None:
    # Fast with twenty years of cases. (1) The search index keeps prefixes of one to three
    # letters: typing 'v' was a merge of the thousands of words starting with it (a quarter of
    # a second on 10,000 cases), now it is one lookup. FTS5 cannot add that option to a table,
    # so the index is made again from its own text: copied to a temporary table first, so the
    # old index's pages are freed before the new one is written and the file does not grow by
    # a second index. The copy is held in memory (temp_store = MEMORY, set for every writable
    # connection by sql.configure): case text never reaches a temporary file. Only rows whose
    # case still exists come back, so a count of matches is a count of cases. (2) The cases
    # list reads one index in date order holding everything a row shows, never a case's data
    # (which starts on its own page); it replaces the date index of schema 1. (3) The terms of
    # unfinished requests, for the deadlines and the overdue banner, from an index of drafts:
    # not a look at every case that has a date.
    if int(db.execute("PRAGMA temp_store").fetchone()[0]) != 2:
        raise RuntimeError("temp_store must be MEMORY: the search text would reach a temp file")
    execute_script(db, """
        CREATE TEMP TABLE fts_copy AS
            SELECT rowid AS id, client_pseudonym, receiver, body FROM cases_fts
            WHERE rowid IN (SELECT id FROM cases);
        DROP TABLE cases_fts;
        CREATE VIRTUAL TABLE cases_fts USING fts5(
            client_pseudonym, receiver, body, tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3'
        );
        INSERT INTO cases_fts (rowid, client_pseudonym, receiver, body)
            SELECT id, client_pseudonym, receiver, body FROM temp.fts_copy;
        DROP TABLE temp.fts_copy;
        DROP INDEX cases_updated;
        CREATE INDEX cases_list ON cases (updated_at DESC, id DESC, kind, status,
                                          client_pseudonym, client_name, receiver, due_date);
        CREATE INDEX cases_concept_due ON cases (due_date, client_pseudonym, kind)
            WHERE status = 'concept';
    """)


MIGRATIONS: list[Callable[[Connection], None]] = [_migrate_1, _migrate_2, _migrate_3,
                                                  _migrate_4, _migrate_5, _migrate_6,
                                                  _migrate_7, _migrate_8]
SCHEMA_VERSION = len(MIGRATIONS)
